"""The published tables validate as a Frictionless Data Package, with the same schema the package reads."""
import json
import subprocess
import sys

from factcheck import paths


def test_frictionless_validates_the_data_package():
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(paths.DATAPACKAGE_FILE)],
                            capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    assert report["valid"], json.dumps(report, indent=1)[:3000]
    assert result.returncode == 0


def test_every_column_of_every_table_is_described():
    package = json.loads(paths.DATAPACKAGE_FILE.read_text())
    for resource in package["resources"]:
        header = (paths.DATA / resource["path"]).read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header == [f["name"] for f in resource["schema"]["fields"]], resource["name"]
        assert all(f.get("description") for f in resource["schema"]["fields"]), resource["name"]
