using System.Text;
using System.Text.RegularExpressions;

namespace Atlas.Site.Tests.Architecture;

/// <summary>
/// Which parts of a project's source refer to which, read from the C# files themselves: a part is
/// a folder under the project (<c>Links</c>, <c>Templates</c>) or, under <c>Modules</c>, one stage's
/// folder (<c>Modules.Parse</c>); nested namespaces belong to their part. A file refers to a part
/// through a <c>using</c> directive of any kind (plain, <c>static</c>, alias, <c>global</c>), or a
/// namespace-qualified name anywhere in its code, full (<c>Atlas.Site.Templates.Slug</c>) or
/// relative to its own namespace (<c>Templates.LiquidTemplates</c>), interpolation holes included.
/// Comments and the text of string literals are not code and are skipped.
/// </summary>
/// <remarks>
/// Over-approximates rather than misses: a local or member named like a namespace (a property
/// <c>Model</c> used as <c>Model.Name</c>) counts as a reference. Not seen: names that resolve
/// through an enclosing namespace's types without qualification, which is why each namespace also
/// refers to every enclosing namespace that declares types; references made by reflection or by
/// name in a string.
/// </remarks>
public sealed partial class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    /// <summary>Every part that refers to another, with the files (relative to the project) that make each reference.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, SortedSet<string>>> Edges => _edges;

    public static NamespaceGraph Of(string projectDirectory, string rootNamespace)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(projectDirectory, f)))
            .Select(f => (Path: Path.GetRelativePath(projectDirectory, f).Replace('\\', '/'), Code: CodeOnly(File.ReadAllText(f))))
            .Select(f => (f.Path, f.Code, Namespace: NamespaceDeclaration().Match(f.Code) is { Success: true } m ? m.Groups[1].Value : ""))
            .Where(f => f.Namespace.Length > 0)
            .ToList();
        var declared = files.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var known = declared.SelectMany(Prefixes).ToHashSet(StringComparer.Ordinal);
        var withTypes = files.Where(f => TypeDeclaration().IsMatch(f.Code)).Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var globalUsings = files.SelectMany(f => UsingDirective().Matches(f.Code).Where(u => u.Groups["global"].Success).Select(u => (f.Path, Target: u.Groups["name"].Value))).ToList();

        var graph = new NamespaceGraph();
        foreach (var (path, code, ns) in files)
        {
            var from = PartOf(ns, rootNamespace);
            if (from is null) continue;
            var targets = new List<string>();
            targets.AddRange(UsingDirective().Matches(code).Select(u => u.Groups["name"].Value));
            targets.AddRange(Prefixes(ns).Where(withTypes.Contains));
            var body = UsingDirective().Replace(NamespaceDeclaration().Replace(code, ""), "");
            foreach (Match name in QualifiedName().Matches(body))
            {
                if (Resolve(name.Value, ns, known) is { } target) targets.Add(target);
            }
            foreach (var target in targets) graph.Add(from, target, path, known, rootNamespace);
            foreach (var (globalPath, target) in globalUsings) graph.Add(from, target, globalPath, known, rootNamespace);
        }
        return graph;
    }

    /// <summary>The groups of parts that refer to each other in a circle (Tarjan's strongly connected components), each sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string part)
        {
            index[part] = low[part] = index.Count;
            stack.Push(part);
            onStack.Add(part);
            foreach (var next in _edges.TryGetValue(part, out var targets) ? targets.Keys.ToList() : [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[part] = Math.Min(low[part], low[next]);
                }
                else if (onStack.Contains(next)) low[part] = Math.Min(low[part], index[next]);
            }
            if (low[part] != index[part]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != part);
            if (component.Count > 1) cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var part in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(part)) Visit(part);
        }
        return cycles;
    }

    /// <summary>A cycle's references, one line each: <c>Links -> Templates (Links/Facet.cs, ...)</c>.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> cycle) =>
        from part in cycle
        from edge in _edges.TryGetValue(part, out var targets) ? targets : []
        where cycle.Contains(edge.Key)
        orderby part, edge.Key
        select $"{part} -> {edge.Key} ({string.Join(", ", edge.Value)})";

    private void Add(string from, string targetNamespace, string path, HashSet<string> known, string rootNamespace)
    {
        var longest = Prefixes(targetNamespace).LastOrDefault(known.Contains);
        if (longest is null || PartOf(longest, rootNamespace) is not { Length: > 0 } to || to == from) return;
        if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new(StringComparer.Ordinal);
        if (!targets.TryGetValue(to, out var paths)) targets[to] = paths = new(StringComparer.Ordinal);
        paths.Add(path);
    }

    /// <summary>The namespace a dotted name starts with, looked up as C# does: relative to the file's namespace, then each enclosing one.</summary>
    private static string? Resolve(string dotted, string fileNamespace, HashSet<string> known)
    {
        var parts = Whitespace().Replace(dotted, "").TrimStart('@').Split('.');
        var enclosing = fileNamespace.Split('.');
        for (var depth = enclosing.Length; depth >= 0; depth--)
        {
            var candidate = depth == 0 ? parts[0] : string.Join('.', enclosing[..depth]) + "." + parts[0];
            if (!known.Contains(candidate)) continue;
            for (var i = 1; i < parts.Length && known.Contains(candidate + "." + parts[i]); i++) candidate += "." + parts[i];
            return candidate;
        }
        return null;
    }

    /// <summary>The part a namespace belongs to: its first segment under the root, two under Modules; "" for the root itself; null outside it.</summary>
    private static string? PartOf(string ns, string rootNamespace)
    {
        if (ns == rootNamespace) return "";
        if (!ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal)) return null;
        var segments = ns[(rootNamespace.Length + 1)..].Split('.');
        return segments is ["Modules", var stage, ..] ? "Modules." + stage : segments[0];
    }

    private static IEnumerable<string> Prefixes(string ns)
    {
        var segments = ns.Split('.');
        for (var i = 1; i <= segments.Length; i++) yield return string.Join('.', segments[..i]);
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) is [.. var folders, _] && folders.Any(f => f is "bin" or "obj");

    /// <summary>
    /// The source with comments and the text of string and character literals blanked; the code in
    /// interpolation holes is kept, so <c>$"{Templates.X}"</c> still refers to Templates.
    /// </summary>
    public static string CodeOnly(string source)
    {
        var code = new StringBuilder(source.Length);
        var i = 0;
        Code(source, ref i, code, closingBraces: 0);
        return code.ToString();
    }

    /// <summary>Copies code from <paramref name="i"/> until a '}' closing a hole of <paramref name="closingBraces"/> braces (0: to the end).</summary>
    private static void Code(string s, ref int i, StringBuilder code, int closingBraces)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && At(s, i + 1) == '/')
            {
                while (i < s.Length && s[i] != '\n') i++;
            }
            else if (c == '/' && At(s, i + 1) == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + 2;
                code.Append(' ');
            }
            else if (c == '\'')
            {
                i += At(s, i + 1) == '\\' ? 3 : 1;
                while (i < s.Length && s[i] != '\'') i++;
                i++;
                code.Append(' ');
            }
            else if (StringStart(s, i) is { } start)
            {
                StringLiteral(s, ref i, code, start);
            }
            else if (c == '{')
            {
                depth++;
                code.Append(c);
                i++;
            }
            else if (c == '}' && depth == 0 && closingBraces > 0)
            {
                i += closingBraces;
                return;
            }
            else
            {
                if (c == '}') depth--;
                code.Append(c);
                i++;
            }
        }
    }

    private sealed record Start(int PrefixLength, int Dollars, bool Verbatim, int Quotes);

    private static Start? StringStart(string s, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_')) return null;
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < s.Length && (s[j] == '$' || (s[j] == '@' && !verbatim)))
        {
            if (s[j] == '$') dollars++;
            else verbatim = true;
            j++;
        }
        if (At(s, j) != '"') return null;
        var quotes = 0;
        while (At(s, j + quotes) == '"') quotes++;
        // Two quotes are an empty string; three or more open a raw string literal (a verbatim string's "" is one quote).
        return new Start(j - i, dollars, verbatim, quotes >= 3 && !verbatim ? quotes : 1);
    }

    private static void StringLiteral(string s, ref int i, StringBuilder code, Start start)
    {
        i += start.PrefixLength + start.Quotes;
        code.Append(' ');
        var raw = start.Quotes >= 3;
        var holeBraces = raw ? Math.Max(start.Dollars, 1) : 1;
        while (i < s.Length)
        {
            if (raw && s.AsSpan(i).StartsWith(new string('"', start.Quotes)))
            {
                i += start.Quotes;
                return;
            }
            var c = s[i];
            if (!raw && !start.Verbatim && c == '\\') i += 2;
            else if (!raw && start.Verbatim && c == '"' && At(s, i + 1) == '"') i += 2;
            else if (!raw && c == '"')
            {
                i++;
                return;
            }
            else if (start.Dollars > 0 && !raw && c == '{' && At(s, i + 1) == '{') i += 2;
            else if (start.Dollars > 0 && c == '{' && s.AsSpan(i).StartsWith(new string('{', holeBraces)))
            {
                i += holeBraces;
                code.Append(' ');
                Code(s, ref i, code, holeBraces);
                code.Append(' ');
            }
            else i++;
        }
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^\s*(?<global>global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])(?:@?\w+\s*\.\s*)+@?\w+")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"\b(?:class|struct|record|interface|enum|delegate)\s+\w+")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
