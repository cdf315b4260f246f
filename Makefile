# Briefings: `make site` builds the site from content/ (or CONTENT=...), `make test` runs the tests.
# Every target sets up its own virtualenv in .venv on first use.

PYTHON  ?= python3
VENV    ?= .venv
PY      := $(VENV)/bin/python
CONTENT ?= content
DOCS    ?= build/docs
SITE    ?= site
export NO_MKDOCS_2_WARNING := 1

.PHONY: site build check serve import test test-fast chromium golden bench lighthouse clean distclean help draft draft-quality draft-countries draft-rules draft-bench

help:
	@echo "make site    [CONTENT=dir]  build the HTML site into site/ (replaced only on success; incremental"
	@echo "             [SINCE=2020-01-01] [TAGS=a,b]  when possible, FULL=1 forces a full build); publish a subset"
	@echo "make check   [CONTENT=dir]  validate the records, report every problem, write nothing"
	@echo "make serve   [CONTENT=dir]  live preview on http://127.0.0.1:8000/"
	@echo "make import  FORMAT=webanno-tsv|brat|doccano|label-studio FILES='a.tsv dir/' [CONTENT=dir] [META=meta.csv]"
	@echo "             [OPTIONS='--map GPE=country --layer ...']  import annotation tools' exports, then check"
	@echo "make test                   run every test (installs Debian's chromium for the browser tests if missing)"
	@echo "make test-fast              unit, golden, bad and hostile input tests: no MkDocs, no browser (under a minute)"
	@echo "make golden                 regenerate the golden files (pages, feeds, downloads) after a deliberate change"
	@echo "make bench   [SIZES=1000,10000,100000] [SERIAL_MAX=10000]  benchmark the generator and MkDocs on synthetic corpora"
	@echo "make lighthouse [RUNS=3]    build the site, serve it on 127.0.0.1, print Lighthouse scores (mobile)"
	@echo "make draft FILES=\"a.html b.txt\" [CONTENT=dir] [OUT=dir]  draft records for review (default OUT: CONTENT/drafts/)"
	@echo "make draft-quality [NEREL=path [NEREL_DEV=1]|SLAVICNER=path [SLAVICNER_TEST=1|SLAVICNER_FRESH=1]|MEANTIME=path|DWIE=path DWIE_TEXT=path [DWIE_TEST=1]|ELEVANT=path [ELEVANT_TEST=1] [ELEVANT_SNIPPETS=1]|AIDA=path AIDA_TYPES=path [AIDA_TEST=1|AIDA_FRESH=1] [AIDA_STORIES=1]]"
	@echo "             [EXACT=1] [ROUGH=1] [ARTICLES=1] [RELATED=1]  precision and recall of draft on real annotated news (GUM; NEREL;"
	@echo "             MEANTIME; DWIE, held out: its test part; ELEVANT's News-Fair, held out: Reuters-128 and MSNBC;"
	@echo "             ELEVANT_SNIPPETS=1: its RSS-500 sentences, held out: Spotlight's NYT paragraphs;"
	@echo "             AIDA CoNLL-YAGO's training part and testa (AIDA_FRESH=1), held out: testb;"
	@echo "             SlavicNER's dev topics and the US election (SLAVICNER_FRESH=1), held out: three other topics)"
	@echo "make draft-countries [DWIE=path DWIE_TEXT=path [DWIE_TEST=1]|AIDA=path AIDA_TYPES=path [AIDA_TEST=1|AIDA_FRESH=1] [AIDA_STORIES=1]]"
	@echo "             precision and recall of the countries draft references, against the annotators' links"
	@echo "make draft-rules [AIDA=path AIDA_TYPES=path] [DWIE=path DWIE_TEXT=path] [ELEVANT=path] [NEREL=path] [MEANTIME=path] [TEST=1] [V=1]"
	@echo "             precision of draft's people and organizations by the rule that produced each reference, the dev corpora"
	@echo "             named (or with TEST=1 the held-out ones) pooled, curated and rough registries; V=1 lists the wrong ones (dev)"
	@echo "make draft-bench            seconds per article drafted against a 10,000-entity registry"
	@echo "make clean                  remove build/ and site/"

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --requirement requirements.lock
	@touch $@

site: $(VENV)/.installed
	$(PY) -m generator site --content "$(CONTENT)" --docs "$(DOCS)" --site "$(SITE)" --since "$(SINCE)" --tags "$(TAGS)" $(if $(FULL),--full)

build: $(VENV)/.installed
	$(PY) -m generator build --content "$(CONTENT)" --docs "$(DOCS)" --since "$(SINCE)" --tags "$(TAGS)" $(if $(FULL),--full)

check: $(VENV)/.installed
	$(PY) -m generator check --content "$(CONTENT)"

serve: $(VENV)/.installed
	$(PY) -m generator serve --content "$(CONTENT)" --docs "$(DOCS)"

draft: $(VENV)/.installed
	$(PY) -m generator draft --content "$(CONTENT)" $(if $(OUT),--out "$(OUT)") $(FILES)

comma := ,
draft-quality: $(VENV)/.installed
	$(PY) -m bench.draft_quality $(if $(NEREL),--nerel=$(NEREL)) $(if $(NEREL_DEV),--nerel-dev) $(if $(SLAVICNER),--slavicner=$(SLAVICNER)) $(if $(SLAVICNER_TEST),--test) $(if $(SLAVICNER_FRESH),--fresh) $(if $(MEANTIME),--meantime=$(MEANTIME)) $(if $(DWIE),--dwie=$(DWIE)$(comma)$(DWIE_TEXT)) $(if $(DWIE_TEST),--test) $(if $(ELEVANT),--elevant=$(ELEVANT)) $(if $(ELEVANT_TEST),--test) $(if $(ELEVANT_SNIPPETS),--snippets) $(if $(AIDA),--aida=$(AIDA)$(comma)$(AIDA_TYPES)) $(if $(AIDA_TEST),--test) $(if $(AIDA_FRESH),--fresh) $(if $(AIDA_STORIES),--stories) $(if $(RELATED),--related) $(if $(EXACT),--exact) $(if $(ROUGH),--rough) $(if $(ARTICLES),--with-articles)

draft-countries: $(VENV)/.installed
	$(PY) -m bench.draft_countries $(if $(SLAVICNER),--slavicner=$(SLAVICNER)) $(if $(SLAVICNER_TEST),--test) $(if $(SLAVICNER_FRESH),--fresh) $(if $(DWIE),--dwie=$(DWIE)$(comma)$(DWIE_TEXT)) $(if $(DWIE_TEST),--test) $(if $(AIDA),--aida=$(AIDA)$(comma)$(AIDA_TYPES)) $(if $(AIDA_TEST),--test) $(if $(AIDA_FRESH),--fresh) $(if $(AIDA_STORIES),--stories)

draft-rules: $(VENV)/.installed
	$(PY) -m bench.draft_rules --pool $(if $(NEREL),--nerel=$(NEREL)) $(if $(MEANTIME),--meantime=$(MEANTIME)) $(if $(DWIE),--dwie=$(DWIE)$(comma)$(DWIE_TEXT)) $(if $(ELEVANT),--elevant=$(ELEVANT)) $(if $(AIDA),--aida=$(AIDA)$(comma)$(AIDA_TYPES)) $(if $(TEST),--test) $(if $(V),-v)

draft-bench: $(VENV)/.installed
	$(PY) -m bench.draft_speed

import: $(VENV)/.installed
	@test -n "$(FORMAT)" -a -n "$(FILES)" || { echo "usage: make import FORMAT=webanno-tsv FILES='export/' [CONTENT=dir] [META=meta.csv] [OPTIONS=...]"; exit 2; }
	$(PY) -m generator import $(FORMAT) --content "$(CONTENT)" $(if $(META),--meta "$(META)") $(OPTIONS) $(FILES)

# axe-core for the accessibility scan in tests/browser, pinned by its package-lock.json.
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package-lock.json
	npm ci --prefix tests/browser --no-audit --no-fund
	@touch $@

test: $(VENV)/.installed $(AXE) chromium
	$(PY) -m pytest

# The tiers are pytest marks (tests/conftest.py); the randomised tests search less here.
test-fast: $(VENV)/.installed
	PROPERTY_EXAMPLES=$${PROPERTY_EXAMPLES:-25} $(PY) -m pytest -m "not mkdocs and not browser"

chromium:
	@bash tests/browser/chromium.sh

golden: $(VENV)/.installed
	$(PY) -m tests.golden

bench: $(VENV)/.installed
	$(PY) -m bench $(if $(SIZES),--sizes $(SIZES)) $(if $(SERIAL_MAX),--serial-max $(SERIAL_MAX))
	$(PY) -m bench.draft_speed

# Lighthouse 12.2.3 (13 wants Node 22), pinned by tests/lighthouse/package-lock.json; it drives
# Debian's /usr/bin/chromium. Prints the four scores of the home page and the largest
# organization, country and article page; exits 1 when one is under 95.
LIGHTHOUSE := tests/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE): tests/lighthouse/package-lock.json
	npm ci --prefix tests/lighthouse --no-audit --no-fund
	@touch $@

lighthouse: site $(LIGHTHOUSE)
	$(PY) -m tests.lighthouse.run --site "$(SITE)" $(if $(RUNS),--runs $(RUNS))

clean:
	rm -rf build $(SITE) $(SITE).tmp-* $(SITE).old-* $(SITE).trash-* $(SITE).spare $(SITE).spare.json .pytest_cache

distclean: clean
	rm -rf $(VENV) .hypothesis
