"""A pytest plugin for nbval runs: each page's fresh kernel talks over sockets in a folder of its own.

    pytest --nbval -p factcheck.pipeline.nbval_sockets book/

nbval starts one kernel per page over TCP ports that another process can take while the kernel starts (see
kernel_sockets). nbval has no option for the kernel manager; its start_new_kernel builds one from the name
`KernelManager` in its module `nbval.kernel`, so that name is pointed at ours.
"""
from __future__ import annotations


def pytest_configure(config) -> None:
    import nbval.kernel

    from factcheck.pipeline.kernel_sockets import SocketFolderKernelManager

    nbval.kernel.KernelManager = SocketFolderKernelManager
