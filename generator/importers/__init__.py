"""Import annotation tools' exports (INCEpTION/WebAnno, brat, Doccano, Label Studio) as records.

One module per format reads a file into `document.Document`s; `identity`, `registry` and
`plan` turn documents into article records and registry entries; `run` is the command.
"""
