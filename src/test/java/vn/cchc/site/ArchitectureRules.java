package vn.cchc.site;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The structural rules of the code base, checked on the syntax trees of a source folder (the JDK's
 * own parser, {@link JavacTask#parse()}: nothing is compiled or resolved).
 *
 * <p>A <em>feature</em> is the first package segment under {@value #ROOT}; sub-packages belong to
 * their parent feature ({@code content.schema} is {@code content}). A dependency is an import
 * (also static or wildcard) or a fully-qualified name naming another feature. Every method returns
 * the offenders as {@code file:line: message}, sorted, empty when the rule holds.
 */
final class ArchitectureRules {

    static final String ROOT = "vn.cchc.site";

    /** One use of another feature: from feature, to feature, where. */
    record Dependency(String from, String to, String where) { }

    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<String> longClasses = new ArrayList<>();
    private final List<String> longMethods = new ArrayList<>();
    private final int maxClassLines;
    private final int maxMethodLines;

    private ArchitectureRules(int maxClassLines, int maxMethodLines) {
        this.maxClassLines = maxClassLines;
        this.maxMethodLines = maxMethodLines;
    }

    /** Parses every {@code .java} file under {@code sourceRoot}. */
    static ArchitectureRules of(Path sourceRoot, int maxClassLines, int maxMethodLines) {
        ArchitectureRules rules = new ArchitectureRules(maxClassLines, maxMethodLines);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
             Stream<Path> walk = Files.walk(sourceRoot)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                rules.read(unit, positions, sourceRoot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** Feature of a fully-qualified name or package below {@value #ROOT}, or null. */
    static String featureOf(String qualifiedName) {
        if (!qualifiedName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = qualifiedName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        // vn.cchc.site.Foo (a class in the root package) is not a feature
        return first.isEmpty() || Character.isUpperCase(first.charAt(0)) ? null : first;
    }

    /** Every use of a feature that is not strictly below the user in {@code bottomUp}. */
    List<String> upwardDependencies(List<String> bottomUp) {
        List<String> offenders = new ArrayList<>();
        for (Dependency d : dependencies) {
            int from = bottomUp.indexOf(d.from());
            int to = bottomUp.indexOf(d.to());
            if (from < 0 || to < 0) {
                String unknown = from < 0 ? d.from() : d.to();
                offenders.add(d.where() + ": package '" + unknown + "' is not in the layer order");
            } else if (to >= from) {
                offenders.add(d.where() + ": " + d.from() + " -> " + d.to()
                        + " points up (allowed: packages below " + d.from() + ")");
            }
        }
        return sortedUnique(offenders);
    }

    /** Every dependency that lies on a cycle between features (same strongly connected group). */
    List<String> cycles() {
        Map<String, TreeSet<String>> graph = new TreeMap<>();
        for (Dependency d : dependencies) {
            graph.computeIfAbsent(d.from(), k -> new TreeSet<>()).add(d.to());
            graph.computeIfAbsent(d.to(), k -> new TreeSet<>());
        }
        List<String> offenders = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (reaches(graph, d.to(), d.from())) {
                offenders.add(d.where() + ": " + d.from() + " -> " + d.to() + " closes a cycle ("
                        + d.to() + " also depends on " + d.from() + ")");
            }
        }
        return sortedUnique(offenders);
    }

    List<String> longClasses() {
        return sortedUnique(longClasses);
    }

    List<String> longMethods() {
        return sortedUnique(longMethods);
    }

    List<Dependency> dependencies() {
        return List.copyOf(dependencies);
    }

    private static boolean reaches(Map<String, TreeSet<String>> graph, String start, String goal) {
        TreeSet<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(start));
        while (!todo.isEmpty()) {
            String at = todo.remove(todo.size() - 1);
            if (at.equals(goal)) {
                return true;
            }
            if (seen.add(at)) {
                todo.addAll(graph.getOrDefault(at, new TreeSet<>()));
            }
        }
        return false;
    }

    private void read(CompilationUnitTree unit, SourcePositions positions, Path sourceRoot) {
        String file = sourceRoot.toAbsolutePath().relativize(Path.of(unit.getSourceFile().toUri())).toString();
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        String feature = featureOf(pkg);
        for (ImportTree imp : unit.getImports()) {
            addDependency(feature, imp.getQualifiedIdentifier().toString(), file, line(unit, positions, imp));
        }
        for (Tree type : unit.getTypeDecls()) {
            int lines = lineCount(unit, positions, type);
            if (type instanceof ClassTree named && lines > maxClassLines) {
                longClasses.add(file + ":" + line(unit, positions, type) + ": class " + named.getSimpleName()
                        + " has " + lines + " lines (at most " + maxClassLines + ")");
            }
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethod(MethodTree method, Void unused) {
                int lines = lineCount(unit, positions, method);
                if (lines > maxMethodLines) {
                    String name = method.getName().contentEquals("<init>") ? "constructor" : method.getName() + "()";
                    longMethods.add(file + ":" + line(unit, positions, method) + ": " + name + " has " + lines
                            + " lines (at most " + maxMethodLines + ")");
                }
                return super.visitMethod(method, unused);
            }

            @Override
            public Void visitMemberSelect(MemberSelectTree select, Void unused) {
                if (featureOf(select.toString()) != null) {
                    addDependency(feature, select.toString(), file, line(unit, positions, select));
                    return null; // its prefix names the same feature
                }
                return super.visitMemberSelect(select, unused);
            }

            @Override
            public Void visitImport(ImportTree imp, Void unused) {
                return null; // already counted, with the import's own line
            }
        }.scan(unit, null);
    }

    private void addDependency(String from, String qualifiedName, String file, long line) {
        String to = featureOf(qualifiedName);
        if (from != null && to != null && !from.equals(to)) {
            dependencies.add(new Dependency(from, to, file + ":" + line));
        }
    }

    private static long line(CompilationUnitTree unit, SourcePositions positions, Tree tree) {
        return unit.getLineMap().getLineNumber(positions.getStartPosition(unit, tree));
    }

    private static int lineCount(CompilationUnitTree unit, SourcePositions positions, Tree tree) {
        long end = positions.getEndPosition(unit, tree);
        if (end < 0) {
            return 0; // no body, e.g. an abstract method
        }
        return (int) (unit.getLineMap().getLineNumber(end) - line(unit, positions, tree) + 1);
    }

    private static List<String> sortedUnique(List<String> offenders) {
        return offenders.stream().distinct().sorted(Comparator.naturalOrder()).toList();
    }
}
