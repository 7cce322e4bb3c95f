"""The editors' command line of maillage (`python -m hub_cli`): new files from the
field table, checks without building, preview, guide and schemas, precompression.
Not a Pelican plugin: it registers nothing."""
