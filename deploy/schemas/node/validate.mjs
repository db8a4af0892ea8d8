// Reads a JSON array of Kubernetes objects on stdin; prints one JSON line per object:
// {"index", "kind", "name", "status": "valid" | "invalid" | "no-schema", "error"}.
// The schemas are the ones compiled into the kubernetes-models packages (package.json).
const packages = {
  "keda.sh": "@kubernetes-models/keda",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (group === "") return `kubernetes-models/${version}/${kind}`;
  const pkg = packages[group] ?? "kubernetes-models";
  return `${pkg}/${group}/${version}/${kind}`;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const objects = JSON.parse(Buffer.concat(chunks).toString("utf8"));

for (const [index, object] of objects.entries()) {
  const result = { index, kind: object.kind, name: object.metadata?.name };
  let Model;
  try {
    Model = (await import(modulePath(object.apiVersion, object.kind)))[object.kind];
  } catch (e) {
    Model = undefined;
  }
  if (typeof Model !== "function") {
    result.status = "no-schema";
  } else {
    try {
      new Model(object).validate();
      result.status = "valid";
    } catch (e) {
      result.status = "invalid";
      result.error = e.message;
    }
  }
  console.log(JSON.stringify(result));
}
