using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SchemaGuard.Cli.Output
{
    /// <summary>Writes JSON with <see cref="Utf8JsonWriter"/> the same way for the JSON and SARIF reports: indented, LF line ends, readable non-ASCII.</summary>
    internal static class JsonOutput
    {
        internal static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Indented = true,
                NewLine = "\n",
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }))
            {
                write(json);
            }

            writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            writer.Write('\n');
        }

        /// <summary>Writes a string property, or null.</summary>
        internal static void StringOrNull(this Utf8JsonWriter json, string name, string? value)
        {
            if (value == null) json.WriteNull(name);
            else json.WriteString(name, value);
        }
    }
}
