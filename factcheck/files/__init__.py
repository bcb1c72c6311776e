"""Files in and out: every reader here names the file, line and column of a problem.

Takes: paths to YAML and CSV files. Gives: their contents, or every problem at once
(`problems`), plus a writer whose readers never see half a file (`atomic`), and
answers that depend on a text alone, kept between runs (`memo`).
Every stage may use it; it uses nothing of the project but `paths`.
"""
