# Sourced by tests/demo/run and tests/demo/benchmark: builds the bundles the demo needs (unless DEMO_SKIP_BUILD=1),
# flattens them and the libraries embedded in them into one class path ($classpath) and compiles the demo's sources
# into $out/classes.
demo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$demo/../.." && pwd)"
out="$demo/target"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) natives=plugins/org.dlnodes.nd4j.native.linux.x86_64 ;;
  Darwin-x86_64) natives=plugins/org.dlnodes.nd4j.native.macosx.x86_64 ;;
  Darwin-arm64) natives=plugins/org.dlnodes.nd4j.native.macosx.aarch64 ;;
  *) echo "The demo runs on Linux x86_64 and macOS; this is $(uname -s) $(uname -m)." >&2; exit 1 ;;
esac

modules="target-platform/org.knime.core.util,target-platform/org.knime.core,$natives,plugins/org.dlnodes.knime"
mkdir -p "$out"
if [[ "${DEMO_SKIP_BUILD:-}" != 1 ]]; then
  echo "Building the stand-in, the engine, ND4J and the nodes (log: $out/build.log) ..." >&2
  # Offline first (fast when the dependencies are cached), online when something is missing.
  if ! (cd "$root" && ./mvnw -B -o verify -DskipTests -pl "$modules" -am >"$out/build.log" 2>&1) \
     && ! (cd "$root" && ./mvnw -B verify -DskipTests -pl "$modules" -am >"$out/build.log" 2>&1); then
    tail -40 "$out/build.log" >&2
    echo "The build failed; see $out/build.log." >&2
    exit 1
  fi
fi

# A flat class path: the bundles' jars and the libraries embedded in them (lib/*.jar).
rm -rf "$out/lib" "$out/classes"
mkdir -p "$out/lib" "$out/classes"
for jar in "$root"/target-platform/org.knime.core.util/target/org.knime.core.util-*.jar \
           "$root"/target-platform/org.knime.core/target/org.knime.core-*.jar \
           "$root"/plugins/org.dlnodes.engine/target/org.dlnodes.engine-*.jar \
           "$root"/plugins/org.dlnodes.nd4j/target/org.dlnodes.nd4j-*.jar \
           "$root/$natives"/target/org.dlnodes.nd4j.native.*.jar \
           "$root"/plugins/org.dlnodes.knime/target/org.dlnodes.knime-*.jar; do
  [[ -f "$jar" ]] || { echo "Missing $jar; run without DEMO_SKIP_BUILD." >&2; exit 1; }
  cp "$jar" "$out/lib/"
  (cd "$out/lib" && unzip -qqo -j "$jar" 'lib/*.jar' 2>/dev/null || true)
done
classpath="$(find "$out/lib" -name '*.jar' | sort | tr '\n' ':')"
javac -nowarn -d "$out/classes" -cp "$classpath" $(find "$demo/src" -name '*.java')
