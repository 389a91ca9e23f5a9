"""The server-paged grids (API tokens, audit log), split by job.

- :mod:`.model`: ``PagedTableModel``, the paging base (one fetch in flight, search and sort
  by the server, rows kept for painting, ``gc.freeze`` after each page), and ``LoadState``;
- :mod:`.delegate`: ``CellTextDelegate``, the cell painter and its ``QStaticText`` cache;
- :mod:`.view`: ``PagedGrid``, the table with its state overlay and footer;
- :mod:`.tokens`: ``TokenModel``, the API token grid's model.

Nothing is imported here: the grid is loaded lazily, with the pages that use it.
"""
