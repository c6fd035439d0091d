namespace Atlas.Engine.Pipelines;

/// <summary>
/// A pipeline's name as its pipeline, the pipelines that depend on it and the modules that read its
/// documents refer to it: declared once as a value, so that no reference is a string that can drift.
/// </summary>
public sealed record PipelineName(string Value)
{
    public override string ToString() => Value;
}
