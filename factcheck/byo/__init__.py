"""Bring your own article: a participant's folder, from a text to a checked chapter.

Takes: an article's text and the participant's claim tables. Gives: a scaffolded folder
(the mention finder's draft), one-line problems while it is filled in, its chapter
built with the pipeline, and the class book of many folders.
"""
