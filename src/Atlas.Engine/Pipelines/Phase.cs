namespace Atlas.Engine.Pipelines;

/// <summary>
/// The phases every pipeline goes through. Input starts at once in every pipeline: it reads
/// files and does whatever needs nothing from other pipelines (parsing a page, rendering its
/// Markdown), so that this work overlaps the pipelines it will wait for. Process runs as soon as
/// the pipelines named as dependencies have processed; PostProcess starts once every pipeline
/// has processed, so it can read all of them; Output runs last.
/// </summary>
public enum Phase { Input, Process, PostProcess, Output }
