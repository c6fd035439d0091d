namespace Atlas.Engine.Pipelines;

/// <summary>
/// The phases every pipeline goes through. Input starts at once in every pipeline (it reads
/// files, not other pipelines); Process runs as soon as the pipelines named as dependencies
/// have processed; PostProcess starts once every pipeline has processed, so it can read all
/// of them; Output runs last.
/// </summary>
public enum Phase { Input, Process, PostProcess, Output }
