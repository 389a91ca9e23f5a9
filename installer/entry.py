"""The frozen executables' entry point: the same ``compliance-client`` as ``pip`` installs.

PyInstaller needs a script, not a ``console_scripts`` entry point, so this is that script.
"""

import multiprocessing
import sys

from compliance_client.cli import main

if __name__ == "__main__":
    # A no-op unless a library starts a process with the "spawn" method (the Windows
    # default): then the frozen child re-runs this executable, and without this call it
    # would open the app again instead of running the child's work.
    multiprocessing.freeze_support()
    sys.exit(main())
