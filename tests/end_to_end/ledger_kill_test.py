#!/usr/bin/env python3
"""kill -9 during `factlint index` loses at most the batch in flight.

Builds an archive of a few hundred articles (the samples' archive, copied
under new names), starts `factlint index --batch 16 -j 1`, kills it with
SIGKILL once some batches are stored, and checks that:
  - the ledger still opens (`factlint ledger stats`) and holds whole batches;
  - a re-run stores the rest, extracting only the files not stored yet;
  - `check --ledger` then gives byte for byte the report `--archive` gives.
Usage: ledger_kill_test.py --factlint BIN --source-dir DIR
"""
import argparse, os, shutil, signal, sqlite3, subprocess, sys, tempfile, time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--factlint", required=True)
    ap.add_argument("--source-dir", required=True)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="factlint-kill-")
    try:
        archive = os.path.join(work, "archive")
        os.makedirs(archive)
        samples = os.path.join(a.source_dir, "samples", "archive")
        names = sorted(os.listdir(samples))
        copies = 300
        for i in range(copies):
            for name in names:
                shutil.copy(os.path.join(samples, name), os.path.join(archive, "%03d-%s" % (i, name)))
        total = copies * len(names)
        ledger = os.path.join(work, "archive.ledger")
        index = [a.factlint, "index", archive, "--ledger", ledger, "--batch", "16", "-j", "1"]
        proc = subprocess.Popen(index, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stored = 0
        deadline = time.time() + 60
        while time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
            try:
                con = sqlite3.connect("file:%s?mode=ro" % ledger, uri=True, timeout=1)
                stored = con.execute("SELECT COUNT(*) FROM files").fetchone()[0]
                con.close()
            except sqlite3.Error:
                stored = 0
            if stored >= 48:
                break
        if proc.poll() is not None:
            print("index finished before it could be killed (%d files); nothing to test" % total)
            return 1
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stats = subprocess.run([a.factlint, "ledger", "stats", ledger], capture_output=True, text=True)
        if stats.returncode != 0:
            print("the killed ledger does not open:", stats.stderr)
            return 1
        con = sqlite3.connect(ledger)
        kept = con.execute("SELECT COUNT(*) FROM files").fetchone()[0]
        con.close()
        if kept % 16 != 0 or kept < 48 or kept >= total:
            print("the killed ledger holds %d files: not whole batches of 16" % kept)
            return 1
        rerun = subprocess.run(index, capture_output=True, text=True)
        want = "%d files read, %d extracted" % (total, total - kept)
        if rerun.returncode != 0 or want not in rerun.stderr:
            print("re-run after the kill: expected '%s', got: %s" % (want, rerun.stderr))
            return 1
        draft = os.path.join(a.source_dir, "samples", "drafts")
        base = [a.factlint, "check", draft, "--no-config", "--format", "json", "--report-archive"]
        with_archive = subprocess.run(base + ["--archive", archive], capture_output=True, text=True)
        with_ledger = subprocess.run(base + ["--ledger", ledger], capture_output=True, text=True)
        if with_archive.returncode == 2 or with_ledger.stdout != with_archive.stdout:
            print("check --ledger differs from check --archive after the recovery")
            print(with_ledger.stderr, with_archive.stderr)
            return 1
        print("killed with %d of %d files stored; re-run extracted %d; reports identical"
              % (kept, total, total - kept))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
