"""Lints SAM templates with cfn-lint and expands them as `sam deploy` does (aws-sam-translator).

Lints every template in a global region and in both mainland-China regions (Beijing, Ningxia), with no finding
allowed, except the staff's Cognito user pool stack: the root nests it only where no TokenIssuer is given, which a
China deployment never is (Cognito user pools are not offered there), so it is linted in the global region only.
Prints 'PATH RESOURCES' for each template; exits 1 after printing cfn-lint's findings if there are any.
"""
import copy
import os
import sys
from pathlib import Path

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
from cfnlint.api import ManualArgs, lint_file
from cfnlint.decode import decode  # reads the short-form intrinsics (!Ref, !Sub) as CloudFormation does
from samtranslator.translator.transform import transform


def local_uris_to_s3(node):
    """SAM wants packaged code; a local CodeUri or nested Location stands in as an S3 one."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if key in ("CodeUri", "ContentUri") and isinstance(value, str):
                node[key] = "s3://packaged/" + os.path.basename(value)
            elif key == "Location" and isinstance(value, str) and not value.startswith("s3://"):
                node[key] = "https://s3.amazonaws.com/packaged/" + os.path.basename(value)
            else:
                local_uris_to_s3(value)
    elif isinstance(node, list):
        for value in node:
            local_uris_to_s3(value)


class NoManagedPolicies:
    """The templates use SAM policy templates and inline statements only: no managed policy to look up."""

    def load(self):
        return {}


CHINA = ["cn-north-1", "cn-northwest-1"]
GLOBAL_ONLY = {"user-pool.yaml"}

findings = [m for path in sys.argv[1:] for m in lint_file(Path(path))]
findings += [m for path in sys.argv[1:] if os.path.basename(path) not in GLOBAL_ONLY
             for m in lint_file(Path(path), ManualArgs(regions=CHINA))]
for match in findings:
    print("cfn-lint:", match)
if findings:
    sys.exit(1)
for path in sys.argv[1:]:
    template, _ = decode(path)
    template = copy.deepcopy(template)
    local_uris_to_s3(template)
    print(path, len(transform(template, {}, NoManagedPolicies())["Resources"]))
