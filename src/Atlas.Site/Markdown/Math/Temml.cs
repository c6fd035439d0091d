using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Atlas.Site.Markdown.Math;

/// <summary>
/// TeX to MathML with Temml (0.13.5 from npm, its <c>dist/temml.min.js</c> unchanged, MIT: see
/// Temml/LICENSE), run under Jint. Each distinct formula is rendered once per process. A Jint
/// engine serves one thread at a time, so engines are pooled: a thread takes an idle one or
/// makes one (about 30 ms once the script is prepared), and gives it back.
/// </summary>
public static partial class Temml
{
    /// <summary>
    /// How many times one JavaScript function may be on the stack. Real formulas need a handful;
    /// Jint would otherwise overflow the native stack of a 1.5 MB thread on a few hundred nested
    /// groups, which ends the process. Braces are counted before Temml sees them (<see cref="MaxBraceDepth"/>),
    /// since their recursion passes through several functions and the stack would run out first.
    /// </summary>
    private const int MaxRecursion = 100;

    public const int MaxBraceDepth = 24;

    private const string TooDeep = "the formula nests too deeply";

    private static readonly Lazy<Prepared<Acornima.Ast.Script>> Script = new(() =>
    {
        using var stream = typeof(Temml).Assembly.GetManifestResourceStream("temml.min.js")!;
        using var reader = new StreamReader(stream);
        return JsEngine.PrepareScript(reader.ReadToEnd(), "temml.min.js");
    });

    private static readonly ConcurrentBag<JsEngine> Idle = [];
    private static readonly ConcurrentDictionary<Formula, Lazy<RenderedFormula>> Rendered = new();

    /// <summary>The formula as a <c>&lt;math&gt;</c> element, or why it cannot be one.</summary>
    public static RenderedFormula Render(Formula formula) =>
        Rendered.GetOrAdd(formula, f => new Lazy<RenderedFormula>(() => RenderOnce(f))).Value;

    private static RenderedFormula RenderOnce(Formula formula)
    {
        if (BraceTooDeep(formula.Tex) is var deep and >= 0) return RenderedFormula.Failed(TooDeep, deep);
        if (!Idle.TryTake(out var engine)) engine = NewEngine();
        try
        {
            var markup = engine.Invoke("atlasRender", formula.Tex, formula.Display).AsString();
            return NotPlainMathML(markup) is { } what
                ? RenderedFormula.Failed($"the formula makes {what}; \\ref, \\eqref, \\label and numbered equations are not supported", 0)
                : new RenderedFormula(markup, null, 0);
        }
        catch (JavaScriptException error)
        {
            var thrown = error.Error as ObjectInstance;
            var position = thrown?.Get("position") is JsNumber at ? (int)at.AsNumber() : 0;
            return thrown?.Get("name").ToString() switch
            {
                "ParseError" => RenderedFormula.Failed(ParseErrorMessage(error.Message), position),
                "RangeError" => RenderedFormula.Failed(TooDeep, 0),
                // Temml stumbles on some malformed input with a TypeError of its own (x^ with nothing after it).
                { } name => RenderedFormula.Failed($"TeX that cannot be read ({name}: {error.Message})", 0),
                null => RenderedFormula.Failed($"TeX that cannot be read ({error.Message})", 0),
            };
        }
        catch (RecursionDepthOverflowException)
        {
            return RenderedFormula.Failed(TooDeep, 0);
        }
        finally
        {
            Idle.Add(engine);
        }
    }

    private static JsEngine NewEngine()
    {
        var engine = new JsEngine(options =>
        {
            options.LimitRecursion(MaxRecursion);
            // A backstop for recursion the limit does not see: a RangeError instead of a dead process.
            options.Constraints.StackOverflowGuard = true;
        });
        engine.Execute(Script.Value);
        // trust: false keeps \href, \url, \class, \style, \includegraphics and the like out; throwOnError turns bad TeX into a ParseError.
        engine.Execute("function atlasRender(tex, display) { return temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false }); }");
        return engine;
    }

    /// <summary>Where the braces of <paramref name="tex"/> first nest deeper than <see cref="MaxBraceDepth"/>, or -1.</summary>
    private static int BraceTooDeep(string tex)
    {
        var depth = 0;
        for (var i = 0; i < tex.Length; i++)
        {
            if (tex[i] == '\\') i++;
            else if (tex[i] == '{' && ++depth > MaxBraceDepth) return i;
            else if (tex[i] == '}') depth--;
        }
        return -1;
    }

    /// <summary>Temml's message without the position and the underlined excerpt it appends (the diagnostic points there itself).</summary>
    private static string ParseErrorMessage(string message) => ParseErrorTail().Replace(message.Split('\n')[0], "").Trim();

    [GeneratedRegex(@"\s+at (?:position \d+|end of input):.*$")]
    private static partial Regex ParseErrorTail();

    /// <summary>
    /// What Temml wrote beyond MathML without ids, or null: \ref writes an &lt;a&gt; and a numbered
    /// equation a &lt;span&gt;, and \label an id that could clash with the page's own anchors.
    /// Text in the markup is escaped, so every '&lt;' starts a tag.
    /// </summary>
    private static string? NotPlainMathML(string markup)
    {
        if (ElementName().Matches(markup).Select(m => m.Groups[1].Value).FirstOrDefault(name => !MathMLElements.Contains(name)) is { } element)
            return $"HTML that is not MathML (<{element}>)";
        return IdAttribute().IsMatch(markup) ? "an element id" : null;
    }

    [GeneratedRegex(@"</?([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex ElementName();

    [GeneratedRegex(@"<[^<>]*\sid=")]
    private static partial Regex IdAttribute();

    private static readonly HashSet<string> MathMLElements = new(StringComparer.Ordinal)
    {
        "math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt", "mroot", "mstyle", "merror",
        "mpadded", "mphantom", "msub", "msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts",
        "mprescripts", "none", "mtable", "mtr", "mtd", "menclose", "semantics", "annotation",
    };
}

/// <summary>A rendered formula: its MathML, or an error at <see cref="Position"/> (0-based, in the TeX).</summary>
public sealed record RenderedFormula(string? MathML, string? Error, int Position)
{
    public static RenderedFormula Failed(string message, int position) => new(null, message, position);
}
