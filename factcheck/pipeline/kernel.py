"""A warm kernel: started once per worker process, with the templates' imports done, reused page after page.

Most of a page's cost under plain papermill is starting a kernel and importing
pandas and altair (about 2.5 of 3 s here). A worker keeps one kernel, imports
once, and before each page resets the kernel to a clean slate (`in_kernel`).
Pages still go through papermill (`execute_notebook`, with an engine that uses
this kernel), so what is written is what papermill writes. After a page that
broke the kernel (a crash, a timeout, an error outside a cell), the kernel is
replaced.
"""
from __future__ import annotations

import ast
import json
import shutil
import time
from pathlib import Path

START_TIMEOUT_SECONDS = 60
REPLY_TIMEOUT_SECONDS = 120
LAUNCHER = Path(__file__).with_name("kernel_launcher.py")


class KernelGone(RuntimeError):
    pass


class WarmKernel:
    def __init__(self, modules: list[str], draw_ahead: bool = True, meanwhile=None):
        self.modules = modules
        self.draw_ahead = draw_ahead  # start vl-convert's engine while warming up (in_kernel.warm_up)
        self.meanwhile = meanwhile  # run once the kernel's process is launched, while it starts (once)
        self.km = None
        self.control = None  # a client of our own for the silent set-up calls
        self.sockets = None  # the folder of the kernel's IPC sockets
        self.launch: dict = {}  # more options for start_kernel (the warm pool's kernels: see warm_server)

    def ensure_started(self) -> None:
        from jupyter_core.utils import run_sync

        from factcheck.pipeline.kernel_sockets import SocketFolderAsyncKernelManager

        if self.km is not None and run_sync(self.km.is_alive)():
            return
        self.shutdown()
        # Sockets in a folder of its own, not TCP ports (see kernel_sockets): a kernel whose heartbeat
        # could not bind also left papermill's client waiting for ever when it stopped its heartbeat channel.
        self.km = SocketFolderAsyncKernelManager(kernel_name="python3", client_factory=_client_without_heartbeat())
        self.sockets = self.km.socket_folder
        _use_our_launcher(self.km.kernel_spec)
        run_sync(self.km.start_kernel)(**self.launch)  # (its input history in memory: see kernel_sockets)
        self._run_meanwhile_and_connect()
        self._wait_for_the_first_reply()
        self.run_silently(f"import factcheck.pipeline.in_kernel as _k; _k.warm_up({self.modules!r}, {self.draw_ahead!r}); del _k")

    def _run_meanwhile_and_connect(self) -> None:
        """Run what waited for the kernel's process to exist, then open the client that reads its replies."""
        from jupyter_client.blocking import BlockingKernelClient

        if self.meanwhile is not None:
            self.meanwhile, meanwhile = None, self.meanwhile
            meanwhile()
        # With the manager as its parent, a client asks the process whether the kernel lives, so
        # no client needs a heartbeat (which can miss a beat on a busy machine, and hang when it
        # stops). This one has a session of its own: clients sharing one share a socket
        # identity, and replies go astray. It reads replies only: no other channel.
        self.control = BlockingKernelClient(parent=self.km)
        self.control.load_connection_info(self.km.get_connection_info())
        self.control.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)

    def _wait_for_the_first_reply(self) -> None:
        """Ask kernel_info until the kernel answers (it may not listen yet), as jupyter_client's wait_for_ready
        does, without its last step, which waits 0.2 s for IOPub to fall silent: this client reads no IOPub."""
        from jupyter_core.utils import run_sync

        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            msg_id = self.control.kernel_info()
            try:
                while True:
                    reply = self.control.get_shell_msg(timeout=1)
                    if reply["parent_header"].get("msg_id") == msg_id:
                        return
            except Exception:  # queue.Empty: not listening yet, or slow
                pass
            if not run_sync(self.km.is_alive)():
                raise KernelGone("the kernel died before it answered")
            if time.monotonic() > deadline:
                raise KernelGone(f"the kernel did not answer in {START_TIMEOUT_SECONDS} s")

    def begin_page(self, working_folder: str, project_root: str) -> None:
        self.ensure_started()
        self.run_silently("import factcheck.pipeline.in_kernel as _k; "
                          f"_k.begin_page({working_folder!r}, {project_root!r})")

    def end_page(self) -> list[str]:
        """The ids the page read (see factcheck.usage)."""
        return self.call("end_page", what="the page's usage record")

    def running(self) -> bool:
        """Whether the kernel was started and lives."""
        from jupyter_core.utils import run_sync

        return self.km is not None and run_sync(self.km.is_alive)()

    def call(self, function: str, *arguments, what: str = "") -> object:
        """What factcheck.pipeline.in_kernel.<function>(*arguments) returns (JSON text), read back as an object.
        arguments: values whose repr Python reads back (strings, numbers, lists of them)."""
        called = ", ".join(repr(argument) for argument in arguments)
        reply = self.run_silently("", user_expressions={
            "found": f"__import__('factcheck.pipeline.in_kernel', fromlist=[{function!r}]).{function}({called})"})
        found = reply["user_expressions"]["found"]
        if found.get("status") != "ok":
            raise KernelGone(f"could not read {what or function}: {found.get('evalue')}")
        return json.loads(ast.literal_eval(found["data"]["text/plain"]))

    def run_silently(self, code: str, user_expressions: dict | None = None) -> dict:
        """Run code in the kernel, outside any page; its reply. A kernel that died meanwhile is noticed within about
        a second (asked between waits, as _wait_for_the_first_reply asks), not after the whole bound."""
        from jupyter_core.utils import run_sync

        msg_id = self.control.execute(code, silent=True, store_history=False,
                                      user_expressions=user_expressions or {})
        deadline = time.monotonic() + REPLY_TIMEOUT_SECONDS
        while True:
            try:
                reply = self.control.get_shell_msg(timeout=1)
            except Exception as error:  # queue.Empty: not yet, or the kernel hangs or died
                if not run_sync(self.km.is_alive)():
                    raise KernelGone("the kernel died before it answered") from error
                if time.monotonic() > deadline:
                    raise KernelGone(f"the kernel did not answer in {REPLY_TIMEOUT_SECONDS} s") from error
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        content = reply["content"]
        if content.get("status") != "ok":
            raise KernelGone(f"kernel set-up failed: {content.get('ename')}: {content.get('evalue')}")
        return content

    def shutdown(self) -> None:
        from jupyter_core.utils import run_sync

        if self.control is not None:
            self.control.stop_channels()
            self.control = None
        if self.km is not None:
            try:
                run_sync(self.km.shutdown_kernel)(now=True)
            except Exception:
                pass
        self.remove_files()
        self.km = self.sockets = None

    def remove_files(self) -> None:
        """Remove the kernel's socket folder and connection file, as its manager does when it shuts the kernel down:
        for a worker ended before that (its build killed, or given up while the kernel started: see
        execute._remove_sockets_when_ended), and after a shutdown that failed."""
        if self.km is not None:
            self.km.cleanup_connection_file()
        if self.sockets is not None:
            shutil.rmtree(self.sockets, ignore_errors=True)


def _use_our_launcher(spec) -> None:
    """The kernel's command as the python3 kernel spec gives it, with `kernel_launcher` (its path) in place of
    `-m ipykernel_launcher`: the same interpreter and kernel, started without a debugger and with the garbage
    collector paused until the warm-up (see kernel_launcher). A spec of another shape is left as it is."""
    argv = list(spec.argv)
    for i in range(len(argv) - 1):
        if argv[i] == "-m" and argv[i + 1] == "ipykernel_launcher":
            spec.argv = argv[:i] + [str(LAUNCHER)] + argv[i + 2:]
            return


def _client_without_heartbeat():
    """The client class papermill's executor gets from the manager: every channel but the heartbeat."""
    from queue import Empty

    from jupyter_client.asynchronous import AsyncKernelClient

    class ClientWithoutHeartbeat(AsyncKernelClient):
        def start_channels(self, shell=True, iopub=True, stdin=True, hb=False, control=True):
            super().start_channels(shell=shell, iopub=iopub, stdin=stdin, hb=False, control=control)

        async def wait_for_ready(self, timeout=None):
            """jupyter_client's wait_for_ready (a kernel_info reply, then a first IOPub message: the channel
            listens), less its last step, which waits until IOPub has been silent for 0.2 s, a fixed 0.2 s per
            page on a warm kernel. nbclient reads IOPub only for the messages of the cell it runs (by parent
            id), so whatever comes after, the kernel_info's status messages, is passed over as it is now."""
            deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
            while True:
                self.kernel_info()
                try:
                    reply = await self.shell_channel.get_msg(timeout=1)
                except Empty:
                    pass
                else:
                    if reply["msg_type"] == "kernel_info_reply":
                        try:
                            await self.iopub_channel.get_msg(timeout=0.2)
                        except Empty:
                            pass
                        else:
                            self._handle_kernel_info_reply(reply)
                            return
                if not await self._async_is_alive():
                    raise RuntimeError("Kernel died before replying to kernel_info")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")

    return ClientWithoutHeartbeat


def engine_for(kernel: WarmKernel):
    """A papermill engine that runs notebooks on `kernel` instead of starting a kernel per notebook."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine
    from papermill.log import logger

    class WarmKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):
            client = PapermillNotebookClient(
                nb_man, km=kernel.km, timeout=execution_timeout, startup_timeout=start_timeout,
                kernel_name=kernel_name, log=logger, log_output=log_output, stdout_file=stdout_file,
                stderr_file=stderr_file)
            try:
                return client.execute()
            finally:
                if client.kc is not None:  # the client is ours to close; the kernel stays up
                    client.kc.stop_channels()

    return WarmKernelEngine


def template_imports(templates: list[Path]) -> list[str]:
    """The modules the templates import, in first-seen order (what a warm kernel imports ahead)."""
    found: dict[str, None] = {}
    for template in templates:
        try:
            cells = json.loads(Path(template).read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in cells:
            if cell.get("cell_type") != "code":
                continue
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            try:
                tree = ast.parse(source)
            except SyntaxError:
                continue  # IPython magics; the page runs them itself
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found.update((alias.name, None) for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found[node.module] = None
    return list(found)
