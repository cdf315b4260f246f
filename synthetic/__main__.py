"""`python -m synthetic DIR [ARTICLES] [--seed N] [--registry ORGS,PEOPLE,EVENTS]`: write the synthetic corpus into DIR,
then `make site CONTENT=DIR` shows every briefing feature (and every grade) on records that are clearly made up."""

from __future__ import annotations

import argparse
from pathlib import Path

from .corpus import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m synthetic", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("articles", type=int, nargs="?", default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--registry", metavar="ORGS,PEOPLE,EVENTS", default=None,
                        help="how many organizations, people and events (default: shares of ARTICLES)")
    args = parser.parse_args()
    registry = None
    if args.registry:
        try:
            orgs, people, events = (int(n) for n in args.registry.split(","))
        except ValueError:
            parser.error("--registry wants three numbers: ORGS,PEOPLE,EVENTS")
        registry = (orgs, people, events)
    if args.folder.exists() and any(args.folder.iterdir()):
        parser.error(f"{args.folder} is not empty")
    # A recent burst gives the home page's trends something to show.
    write_corpus(args.folder, args.articles, seed=args.seed, burst=12, grades=True, registry=registry)  # and every grade
    print(f"wrote {args.articles + 12} synthetic articles and their registries to {args.folder}")


if __name__ == "__main__":
    main()
