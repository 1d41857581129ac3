"""Make map.html and facilities.geojson from the facility records.

python make_map.py                      # seeds/facilities.csv -> map.html
python make_map.py --data my.csv --out my_map.html
python make_map.py --check              # validate only, write nothing
python make_map.py --as-of 2026-06-30   # judge promised dates on that day, not today
python make_map.py --watch              # rebuild whenever the records change
python make_map.py draft article.html   # candidate records from a news article, to check
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import signal
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Below this many records a second process costs more than it saves.
PARALLEL_FROM = 2_000


def main(argv: list[str] | None = None) -> int:
    """Run the command; return the exit status (0 done, 2 bad input, 1 cannot write or unforeseen)."""
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print("interrupted; the previous files are unchanged.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output read by a program that stopped early (``| head``): nothing more to say, and nowhere to say it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as e:  # The one guard: no traceback ever reaches a user.
        print(
            f"error: something unforeseen went wrong ({type(e).__name__}: {e}); the previous files are unchanged. "
            "Please report it with the command you ran.",
            file=sys.stderr,
        )
        return 1


def _is_folder(path: Path | None) -> bool:
    """Whether an output option names a folder («out/», an existing directory) rather than a file."""
    return path is not None and (not path.name or path.is_dir())


def _overwrites_an_input(args: argparse.Namespace) -> str:
    """Return a message when an output would overwrite an input or the other output, else ""."""
    inputs = {"the records file": args.data}
    inputs.update({f"the {name}": args.data.parent / name for name in ("notes.csv", "sources.csv", "places.csv")})
    outputs = {"--out": args.out, "--geojson": args.geojson or args.out.with_name("facilities.geojson")}
    seen = {os.path.realpath(path): what for what, path in inputs.items()}
    for option, path in outputs.items():
        real = os.path.realpath(path)
        if real in seen:
            return f"error: {option} {str(path)!r} is {seen[real]}; choose another name, nothing was written."
        seen[real] = f"the file {option} writes"
    return ""


def _run(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["draft"]:
        return _draft(argv[1:])
    parser = argparse.ArgumentParser(description="Make the map of healthcare-facility projects in Kazakhstan.")
    parser.add_argument(
        "--data",
        type=Path,
        default=HERE / "seeds" / "facilities.csv",
        help="records: CSV, or an Excel/LibreOffice workbook (default: seeds/facilities.csv)",
    )
    parser.add_argument("--out", type=Path, default=Path("map.html"), help="page to write (default: map.html)")
    parser.add_argument("--geojson", type=Path, help="GeoJSON to write (default: facilities.geojson beside the page)")
    parser.add_argument(
        "--sheet",
        metavar="NAME",
        help="the records' sheet, when --data is a workbook (.xlsx, .ods; default: the first)",
    )
    parser.add_argument("--check", action="store_true", help="validate the records and write nothing")
    parser.add_argument(
        "--watch",
        action="store_true",
        help="build, then build again whenever the records, notes, sources or places change (Ctrl-C stops)",
    )
    parser.add_argument(
        "--png",
        type=Path,
        metavar="FILE",
        help="also write an image of the map (drawn offline by headless Chromium), e.g. view.png",
    )
    parser.add_argument(
        "--view",
        default="",
        metavar="'#map=…'",
        help="for --png: the view, as the part after # of a link to the page (default: the whole country)",
    )
    parser.add_argument(
        "--size", default="1366x768", metavar="WxH", help="for --png: the image's size (default: 1366x768)"
    )
    parser.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="the map's date: a project whose latest source promised an earlier date is marked (default: today)",
    )
    args = parser.parse_args(argv)
    as_of = None
    if args.as_of is not None:
        try:
            as_of = datetime.date.fromisoformat(args.as_of.strip())
        except ValueError:
            print(
                f"error: --as-of {args.as_of!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-06-30", file=sys.stderr
            )
            return 2
    for option, path in (("--out", args.out), ("--geojson", args.geojson)):
        if _is_folder(path):
            print(f"error: {option} {str(path)!r} is a folder; name a file, such as map.html", file=sys.stderr)
            return 2
    if args.png:
        from geo.page.snapshot import SnapshotError, parse_size

        try:
            args.size = parse_size(args.size)  # read once, before anything is built
        except SnapshotError as e:
            print(f"error: {e}; nothing was written.", file=sys.stderr)
            return 2
    clash = _overwrites_an_input(args)
    if clash:
        print(clash, file=sys.stderr)
        return 2

    # Imported here so that --help answers at once.
    from geo.output import recover

    geojson = args.geojson or args.out.with_name("facilities.geojson")
    if not args.check:
        try:
            # What a killed run left: a journalled pair is completed, stale temporary files removed.
            for folder in dict.fromkeys([args.out.parent, geojson.parent]):
                if folder.is_dir():
                    recover(folder, [args.out.name, geojson.name])
        except OSError as e:
            print(f"error: cannot tidy {e.filename}: {e.strerror}", file=sys.stderr)
            return 1
    status, outputs = _build(args, geojson, as_of)
    if status == 0 and args.png and not args.check:
        status = _png(args)
    if not args.watch or args.check:
        return status
    return _watch(args, geojson, as_of, outputs)


def _build(args: argparse.Namespace, geojson: Path, as_of, *, quiet: bool = False):
    """Make and write the map once; return (exit status, the outputs or None)."""
    from geo.build import make
    from geo.errors import GeoError, RecordsError
    from geo.output import BackgroundWrite, write_atomically

    try:
        outputs = make(args.data, as_of=as_of, sheet=args.sheet)
    except RecordsError as e:
        for problem in e.problems:
            print(problem, file=sys.stderr)
        n = len(e.problems)
        kept = "the last good map is kept" if args.watch else "nothing was written"
        print(f"{n} problem{'s' if n != 1 else ''}; {kept}.", file=sys.stderr)
        return 2, None
    except GeoError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2, None
    if not quiet:
        print(outputs.summary())
    if args.check:
        print("check only: nothing was written.")
        return 0, outputs
    try:
        # A large GeoJSON is written by a second process while this one builds the page.
        with BackgroundWrite(geojson, outputs.geojson, parallel=len(outputs.facilities) >= PARALLEL_FROM) as pending:
            write_atomically({args.out: outputs.page, geojson: pending.result()})
    except OSError as e:
        print(f"error: cannot write {e.filename}: {e.strerror}; the previous files are unchanged.", file=sys.stderr)
        return 1, None
    if not quiet:
        print(f"wrote {args.out} and {geojson}")
    return 0, outputs


def _png(args: argparse.Namespace) -> int:
    """Write the image of the map just written; return the exit status."""
    from geo.output import write_atomically
    from geo.page.snapshot import SnapshotError, photograph

    width, height = args.size
    try:
        image = photograph(args.out, view=args.view, width=width, height=height)
    except SnapshotError as e:
        print(f"error: {e}; the map itself was written.", file=sys.stderr)
        return 2
    try:
        write_atomically({args.png: [image]})
    except OSError as e:
        print(f"error: cannot write {e.filename}: {e.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {args.png} ({width}×{height})")
    return 0


def _watch(args: argparse.Namespace, geojson: Path, as_of, outputs) -> int:
    """Rebuild whenever the records, notes, sources or places change; Ctrl-C ends it."""
    import time

    from watchfiles import watch

    from geo.build import report_fingerprints

    folder = args.data.resolve().parent
    inputs = {args.data.resolve(), *(folder / name for name in ("notes.csv", "sources.csv", "places.csv"))}
    before = report_fingerprints(outputs.reports) if outputs is not None else {}
    print(f"watching {args.data} and the notes, sources and places beside it; Ctrl-C stops.", flush=True)
    try:
        for changes in watch(folder, watch_filter=lambda change, path: Path(path).resolve() in inputs, debounce=300):
            names = ", ".join(sorted({Path(p).name for _, p in changes}))
            status, outputs = _build(args, geojson, as_of, quiet=True)
            moment = time.strftime("%H:%M:%S")
            if outputs is None:
                print(f"{moment} {names} changed: not rebuilt (problems above); the last good map is kept.", flush=True)
                continue
            after = report_fingerprints(outputs.reports)
            added = len(after.keys() - before.keys())
            removed = len(before.keys() - after.keys())
            changed = sum(1 for k in after.keys() & before.keys() if after[k] != before[k])
            before = after
            print(
                f"{moment} {names} changed: rebuilt {args.out} — {len(outputs.facilities)} "
                f"project{'s' if len(outputs.facilities) != 1 else ''}; "
                f"records {added} added, {removed} removed, {changed} changed",
                flush=True,
            )
    except KeyboardInterrupt:
        pass
    print("stopped watching; the map is as last built.", flush=True)
    return 0


def _draft(argv: list[str]) -> int:
    """``make_map.py draft ARTICLE …``: candidate records from articles, as CSV rows of facilities.csv."""
    parser = argparse.ArgumentParser(
        prog="make_map.py draft",
        description="Draft candidate records from news articles (.txt or saved .html), to check and correct.",
    )
    parser.add_argument("articles", nargs="+", type=Path, metavar="ARTICLE", help="a .txt file or a saved web page")
    parser.add_argument("--out", type=Path, help="CSV to write (default: standard output)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="the article's date, when the file does not say")
    parser.add_argument("--url", help="the article's address, when the file does not say")
    args = parser.parse_args(argv)
    if args.published is not None:
        try:
            datetime.date.fromisoformat(args.published)
        except ValueError:
            print(f"error: --published {args.published!r} is not a date; write it as YYYY-MM-DD", file=sys.stderr)
            return 2
    if args.url is not None and not args.url.startswith(("http://", "https://")):
        print(f"error: --url {args.url!r} is not an http(s) address", file=sys.stderr)
        return 2
    if _is_folder(args.out):
        print(f"error: --out {str(args.out)!r} is a folder; name a file, such as drafts.csv", file=sys.stderr)
        return 2
    from geo.draft import draft_records, read_article, rows_csv
    from geo.errors import RecordsError
    from geo.output import write_atomically
    from geo.places.cache import cached_gazetteer

    gazetteer, region_names = cached_gazetteer()
    rows, failed = [], 0
    for path in args.articles:
        try:
            article = read_article(path)
        except RecordsError as e:
            for problem in e.problems:
                print(problem, file=sys.stderr)
            failed += 1
            continue
        drafted = draft_records(
            article, gazetteer, region_names=region_names, published=args.published or "", url=args.url or ""
        )
        rows += drafted.rows
        found = len(drafted.rows)
        print(
            f"{path}: {found} facilit{'y' if found == 1 else 'ies'} found ({drafted.language})"
            + ("" if found else "; nothing to draft from this article"),
            file=sys.stderr,
        )
        for line in drafted.unresolved:
            print(
                f"  place not resolved: {line} — write it as the gazetteer knows it, or add it to places.csv",
                file=sys.stderr,
            )
        for note in drafted.notes:
            print(f"  candidate note (for notes.csv, not a record): {note}", file=sys.stderr)
        if not (args.url or article.url):
            print("  no address: give --url, or fill source_url in the rows", file=sys.stderr)
    if failed == len(args.articles):
        return 2
    text = rows_csv(rows)
    if args.out is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomically({args.out: text.encode("utf-8")})
        except OSError as e:
            print(f"error: cannot write {e.filename}: {e.strerror}", file=sys.stderr)
            return 1
        print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
    return 2 if failed else 0


def _terminate(signum, frame) -> None:
    # SIGTERM ends the run like Ctrl-C: the files being written are rolled back, nothing is left behind.
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminate)
    status = main()
    # Python's last cycle collection at exit, which frees what the modules
    # keep (the cached regions and gazetteer, templates), took 0.15 s of a
    # 100,000-record run.  The files are written and closed: the process
    # can leave those to the operating system.
    gc.freeze()
    sys.exit(status)
