"""Pure rules of the product: no I/O, no Qt, no HTTP.

Everything here is shared by the desktop client and the token server, so a field is checked
by the same code in the edit dialog and on the server.
"""
