#!/usr/bin/env python3
# Summarizes a JFR recording's execution samples by stage and by top frame:
#   jfr print --json --events jdk.ExecutionSample REC.jfr > samples.json && benchmarks/jfr-stages.py samples.json
# A sample belongs to the stage of its innermost frame that is in a known library or in our code
# (a JDK frame such as String.toLowerCase counts for whoever called it); "JDK only" stacks hold no such frame.
import json, sys, collections
data = json.load(open(sys.argv[1]))
events = data["recording"]["events"]
top = collections.Counter(); stage = collections.Counter(); n = 0
STAGES = [("engine (io.allywatch.engine)", "io.allywatch.engine."), ("contract: JSON schema check", "networknt"),
          ("JSON (Jackson)", "com.fasterxml.jackson."), ("Kafka clients", "org.apache.kafka."),
          ("messaging (SmallRye/Vert.x/Netty)", ("io.smallrye.", "io.vertx.", "io.netty.")),
          ("OpenTelemetry", "io.opentelemetry."), ("Micrometer", "io.micrometer.")]
for e in events:
    frames = e["values"].get("stackTrace", {}) or {}
    frames = frames.get("frames", []) if isinstance(frames, dict) else []
    if not frames: continue
    n += 1
    names = [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in frames]
    top[names[0]] += 1
    label = None
    for x in names:  # innermost first: the first frame of a known library or of ours names the stage
        for l, prefix in STAGES:
            if x.startswith(prefix):
                label = l; break
        if label: break
        if x.startswith("io.allywatch."):
            label = "our code outside the engine (" + ".".join(x.split(".")[:3]) + ")"; break
        if x.startswith(("io.quarkus.", "org.hibernate.", "org.jboss.")):
            label = "Quarkus/JBoss"; break
    stage[label or "JDK only (no frame of a library or of ours: class loading, thread pools)"] += 1
print("samples", n)
print("by stage (innermost known frame):")
for k, v in stage.most_common(): print(f"  {v*100/n:5.1f}%  {k}")
print("top frames:")
for k, v in top.most_common(15): print(f"  {v*100/n:5.1f}%  {k}")
