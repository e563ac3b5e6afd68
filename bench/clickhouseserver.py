# SPDX-License-Identifier: MIT
"""A throwaway clickhouse-server (Debian's 18.16) for bench/clickhouse.py: a temporary config and data folder,
loopback ports, a random password; stopped and removed on close(), whatever happened before.

The table is the old-style request_response_rmt of the tests (DateTime, no Map, Nullable token counts and cost)
plus the three token counts the dump also has, loaded from a ClickHouse JSONEachRow dump of ue-gen-dump.
"""
import http.client
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

# The values the Debian package's own config.xml and users.xml ship (caches, the default profile's memory limit);
# log_queries on, for the statements' figures in system.query_log. Everything else at the server's defaults.
CONFIG = """<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>{d}/server.log</log><errorlog>{d}/error.log</errorlog><console>0</console></logger>
  <http_port>{http}</http_port>
  <tcp_port>{tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>{d}/data/</path>
  <tmp_path>{d}/tmp/</tmp_path>
  <user_files_path>{d}/user_files/</user_files_path>
  <format_schema_path>{d}/format_schemas/</format_schema_path>
  <users_config>{d}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <uncompressed_cache_size>8589934592</uncompressed_cache_size>
  <mark_cache_size>5368709120</mark_cache_size>
  <query_log><database>system</database><table>query_log</table>
    <flush_interval_milliseconds>500</flush_interval_milliseconds></query_log>
</yandex>
"""
USERS = """<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>10000000000</max_memory_usage><use_uncompressed_cache>0</use_uncompressed_cache>
    <log_queries>1</log_queries></default></profiles>
  <users><default><password>{password}</password><networks><ip>127.0.0.1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
"""
SETTINGS_NOTE = ("the Debian package's cache sizes and max_memory_usage, log_queries=1, UTC; every other setting at "
                 "its default")

# The dump's rows go through a staging table of plain types: 18.16 reads neither the milliseconds of its times
# ("2025-10-01 00:07:44.722") into a DateTime nor its UUIDs from JSON; the extra keys are skipped.
STAGING = ("CREATE TABLE default.ue_staging (request_id String, request_created_at String, organization_id String, "
           "user_id String, model String, provider String, prompt_tokens Nullable(Int64), "
           "completion_tokens Nullable(Int64), prompt_cache_read_tokens Int64, prompt_cache_write_tokens Int64, "
           "reasoning_tokens Int64, cost Nullable(UInt64), updated_at String) ENGINE = Log")
TABLE = ("CREATE TABLE default.request_response_rmt (request_id UUID, request_created_at DateTime, "
         "organization_id UUID, user_id String, model String, provider String, prompt_tokens Nullable(Int64), "
         "completion_tokens Nullable(Int64), prompt_cache_read_tokens Int64, prompt_cache_write_tokens Int64, "
         "reasoning_tokens Int64, cost Nullable(UInt64), updated_at DateTime) "
         "ENGINE = MergeTree() PARTITION BY toYYYYMM(request_created_at) "
         "ORDER BY (organization_id, request_created_at)")
COPY = ("INSERT INTO default.request_response_rmt SELECT toUUID(request_id), "
        "toDateTime(substring(request_created_at, 1, 19)), toUUID(organization_id), user_id, model, provider, "
        "prompt_tokens, completion_tokens, prompt_cache_read_tokens, prompt_cache_write_tokens, reasoning_tokens, "
        "cost, toDateTime(substring(updated_at, 1, 19)) FROM default.ue_staging")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ClickHouseServer:
    def __init__(self, program="clickhouse-server"):
        self.program = shutil.which(program)
        if not self.program:
            raise RuntimeError(f"{program} is not installed (apt-get install clickhouse-server)")
        self.password = secrets.token_hex(12)
        self.dir = Path(tempfile.mkdtemp(prefix="ue-bench-clickhouse-"))
        self.process = None
        self.port = free_port()

    def start(self):
        for sub in ("data", "tmp", "user_files", "format_schemas"):
            (self.dir / sub).mkdir()
        (self.dir / "config.xml").write_text(CONFIG.format(d=self.dir, http=self.port, tcp=free_port()))
        (self.dir / "users.xml").write_text(USERS.format(password=self.password))
        self.log = open(self.dir / "stdout.log", "wb")
        self.process = subprocess.Popen([self.program, f"--config-file={self.dir}/config.xml"], cwd=self.dir,
                                        stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)  # Ctrl-C reaches the script, which stops it
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"clickhouse-server exited with {self.process.returncode}: {self.error_log()}")
            try:
                if self.request("GET", "/ping", None, auth=False) == b"Ok.\n":
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("clickhouse-server did not answer /ping within 60 s")

    def error_log(self):
        path = self.dir / "error.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no error log)"

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def request(self, method, target, body, auth=True, settings=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=3600, blocksize=1 << 20)
        try:
            headers = {"X-ClickHouse-User": "default", "X-ClickHouse-Key": self.password} if auth else {}
            if settings:
                target += "?" + urllib.parse.urlencode(settings)
            conn.request(method, target, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            if answer.status != 200:
                raise RuntimeError(f"ClickHouse answered {answer.status}: {data.decode(errors='replace')[:500]}")
            return data
        finally:
            conn.close()

    def sql(self, statement, body=None, settings=None):
        """Runs one statement (the query in the URL when a body is sent); returns the answer as text."""
        if body is None:
            return self.request("POST", "/", statement.encode(), settings=settings).decode()
        return self.request("POST", "/", body, settings=dict(settings or {}, query=statement)).decode()

    def load(self, dump):
        """Loads a clickhouse-jsonl dump into default.request_response_rmt, merged into one part per month."""
        self.sql(STAGING)
        self.sql(TABLE)
        with open(dump, "rb") as f:
            self.sql("INSERT INTO default.ue_staging FORMAT JSONEachRow", body=f,
                     settings={"input_format_skip_unknown_fields": 1})
        self.sql(COPY)
        self.sql("DROP TABLE default.ue_staging")
        self.sql("OPTIMIZE TABLE default.request_response_rmt FINAL")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


class CountingRelay:
    """A TCP relay on a loopback port in front of the server that counts the bytes passed each way (the HTTP
    requests and answers as sent, headers included; not the TCP/IP headers)."""

    def __init__(self, target_port):
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.sent = 0  # client to server
        self.received = 0  # server to client
        self.connections = 0
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            with self.lock:
                self.connections += 1
            threading.Thread(target=self.pump, args=(client, server, "sent"), daemon=True).start()
            threading.Thread(target=self.pump, args=(server, client, "received"), daemon=True).start()

    def pump(self, source, target, counter):
        try:
            while data := source.recv(1 << 16):
                target.sendall(data)
                with self.lock:
                    setattr(self, counter, getattr(self, counter) + len(data))
        except OSError:
            pass
        finally:
            for s in (source, target):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self):
        self.listener.close()
