"""Print the JSON Schema of an event record: ``python -m dotterel.records > src/dotterel/schema/event.schema.json``."""

import json
import sys

from . import event_json_schema

json.dump(event_json_schema(), sys.stdout, indent=2, sort_keys=True)
sys.stdout.write("\n")
