"""Quick fixes: declared in a rule's `fix:`, built here for the server, --diff and --fix.

One module per step, in the order a fix goes through them:

- ``declared``: the `fix:` key of a rule file: the kinds of fix, validated at load time.
- ``edits``: one finding -> one edit (where a sentence ends, where the body starts ...).
- ``apply``: all of a letter's edits at once: which go together, the fixed text, its diff.
- ``run``: --diff and --fix over a whole run: reading, writing back, what to tell the user.

The editor server builds one edit at a time (``edits.edit_for``); the command line
goes through ``run.Fixing``.
"""
