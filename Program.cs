using Atlas.Site.Commands;

return await AtlasCli.RunAsync(args, Directory.GetCurrentDirectory());
