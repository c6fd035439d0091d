namespace Atlas.Site.Documents;

/// <summary>
/// A file's size and time of last change, as a build cache's fingerprint of its bytes. File
/// times advance in coarse ticks, so a file changed twice within one tick, keeping its size,
/// would look unchanged: a file changed in the last couple of seconds gets a stamp equal to no
/// other, and is read again (git treats its "racily clean" files the same way).
/// </summary>
public static class FileStamp
{
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(2);

    public static object Of(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || DateTime.UtcNow - file.LastWriteTimeUtc < Settling) return new object();
        return (file.FullName, file.Length, file.LastWriteTimeUtc);
    }
}
