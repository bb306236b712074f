#!/usr/bin/python3
"""validate_scenes SCHEMA SCENE_OR_FOLDER...: checks every scene JSON (each
*.json file of a folder) against the JSON Schema (draft-07) and prints each
violation with its file and place. Exit status 1 if any scene is invalid or
none was found, 2 on bad usage. Needs Debian's python3-jsonschema."""
import json
import pathlib
import sys

import jsonschema


def scenes(args):
    for arg in args:
        p = pathlib.Path(arg)
        yield from sorted(p.glob("*.json")) if p.is_dir() else [p]


def place(error):
    return "/".join(str(k) for k in error.absolute_path) or "(top)"


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema = json.loads(pathlib.Path(argv[1]).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    count = bad = 0
    for path in scenes(argv[2:]):
        count += 1
        try:
            scene = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"{path}: not JSON: {e}")
            bad += 1
            continue
        errors = sorted(validator.iter_errors(scene), key=lambda e: list(e.absolute_path))
        for e in errors[:5]:
            print(f"{path}: {place(e)}: {e.message[:300]}")
        if len(errors) > 5:
            print(f"{path}: ... and {len(errors) - 5} more")
        bad += bool(errors)
    if not count:
        print("validate_scenes: no scenes found", file=sys.stderr)
        return 1
    print(f"validate_scenes: {count - bad} of {count} scenes follow {argv[1]}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
