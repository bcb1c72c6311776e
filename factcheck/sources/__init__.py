"""Stage 1, the sources: the articles exactly as published, and the public record.

Takes: seeds/*.txt, seeds/sources.yml, data/references.csv. Gives: validated
documents with their provenance, the sentence around a quote, and the references
(facts from outside the articles, each with the exact words read).
"""
