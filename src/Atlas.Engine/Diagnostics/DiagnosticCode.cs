namespace Atlas.Engine.Diagnostics;

/// <summary>
/// A kind of problem, as compilers number theirs: a stable number printed as <c>ATL1234</c>, a
/// kebab name, and what the reference page says about it. Tests compare codes and positions,
/// never wording, so a message can be reworded freely; a code's meaning never changes.
/// </summary>
/// <param name="Number">Unique; its thousands say the area (the site's catalogue lists the ranges).</param>
/// <param name="Name">A short kebab-case name for people: <c>yaml-syntax</c>, <c>bibtex-unbalanced-braces</c>.</param>
/// <param name="Meaning">What is wrong, in one sentence.</param>
/// <param name="Example">A short input that has the problem.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record DiagnosticCode(int Number, string Name, string Meaning, string Example, string Fix)
{
    /// <summary>A module threw: a bug in the build, not in the input.</summary>
    public static readonly DiagnosticCode InternalError = new(1, "internal-error",
        "A step of the build failed on this input in a way it should have reported as a problem of the input.",
        "(any input the build did not expect)",
        "Report it with the input that caused it; meanwhile the other diagnostics of the build still hold.");

    public string Id => $"ATL{Number:D4}";

    public override string ToString() => Id;
}
