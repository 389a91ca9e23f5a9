"""The PySide6 desktop client. Widgets never do I/O themselves: slow work goes through
:func:`compliance_client.ui.tasks.run_task` and comes back on the GUI thread."""
