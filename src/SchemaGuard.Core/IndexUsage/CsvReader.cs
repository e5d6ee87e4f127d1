using System.Collections.Generic;
using System.Text;

namespace SchemaGuard.Core.IndexUsage
{
    /// <summary>One CSV record with the 1-based line it starts on.</summary>
    internal sealed class CsvRecord
    {
        internal CsvRecord(int line, IReadOnlyList<string> fields)
        {
            Line = line;
            Fields = fields;
        }

        internal int Line { get; }

        internal IReadOnlyList<string> Fields { get; }
    }

    /// <summary>
    /// An RFC 4180 reader: quoted fields with doubled quotes and line breaks inside, CRLF/LF/CR record ends, a leading BOM.
    /// The delimiter is a comma unless the first line has none and has semicolons or tabs (spreadsheet exports). Spaces
    /// before an opening quote are ignored, and text after a closing quote is kept, so slightly loose files still read.
    /// Blank lines are skipped. It never throws; an unterminated quote is reported with the line it opened on.
    /// </summary>
    internal sealed class CsvReader
    {
        private readonly string _text;
        private readonly char _delimiter;
        private int _pos;
        private int _line = 1;

        private CsvReader(string text)
        {
            _text = text;
            _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            _delimiter = DetectDelimiter(text, _pos);
        }

        /// <summary>Reads every record; <paramref name="error"/> describes the first malformation, if any (records before it are kept).</summary>
        internal static List<CsvRecord> Read(string text, out string? error, out int errorLine)
        {
            var reader = new CsvReader(text ?? "");
            return reader.ReadAll(out error, out errorLine);
        }

        private List<CsvRecord> ReadAll(out string? error, out int errorLine)
        {
            var records = new List<CsvRecord>();
            error = null;
            errorLine = 0;
            while (_pos < _text.Length)
            {
                int start = _line;
                var fields = new List<string>();
                bool blank = true;
                while (true)
                {
                    string? field = ReadField(out bool quoted, out string? fieldError);
                    if (field == null)
                    {
                        error = fieldError;
                        errorLine = start;
                        return records;
                    }
                    if (quoted || field.Length > 0) blank = false;
                    fields.Add(field);
                    if (_pos < _text.Length && _text[_pos] == _delimiter)
                    {
                        blank = false;
                        _pos++;
                        continue;
                    }
                    EndRecord();
                    break;
                }
                if (!blank) records.Add(new CsvRecord(start, fields));
            }
            return records;
        }

        /// <summary>Reads one field up to (not past) the delimiter or the record end; null with an error when a quote never closes.</summary>
        private string? ReadField(out bool quoted, out string? error)
        {
            error = null;

            // Hand-written files put a space after the comma before a quoted field: read it as quoted all the same.
            int first = _pos;
            while (first < _text.Length && _text[first] == ' ' && _delimiter != ' ') first++;
            quoted = first < _text.Length && _text[first] == '"';
            if (quoted) _pos = first;
            var value = new StringBuilder();
            if (!quoted)
            {
                while (_pos < _text.Length && _text[_pos] != _delimiter && _text[_pos] != '\r' && _text[_pos] != '\n')
                    value.Append(_text[_pos++]);
                return value.ToString();
            }

            int openedOn = _line;
            _pos++;
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    error = "a quoted field opened on line " + openedOn + " is never closed";
                    return null;
                }
                char c = _text[_pos];
                if (c == '"')
                {
                    if (_pos + 1 < _text.Length && _text[_pos + 1] == '"')
                    {
                        value.Append('"');
                        _pos += 2;
                        continue;
                    }
                    _pos++;
                    break;
                }
                if (c == '\r' || c == '\n') CountLineBreak(value);
                else
                {
                    value.Append(c);
                    _pos++;
                }
            }

            // Not RFC 4180, but some exporters write "a"b: keep the tail rather than lose the row.
            while (_pos < _text.Length && _text[_pos] != _delimiter && _text[_pos] != '\r' && _text[_pos] != '\n')
                value.Append(_text[_pos++]);
            return value.ToString();
        }

        private void CountLineBreak(StringBuilder value)
        {
            if (_text[_pos] == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n')
            {
                value.Append("\r\n");
                _pos += 2;
            }
            else
            {
                value.Append(_text[_pos]);
                _pos++;
            }
            _line++;
        }

        private void EndRecord()
        {
            if (_pos >= _text.Length) return;
            if (_text[_pos] == '\r')
            {
                _pos++;
                if (_pos < _text.Length && _text[_pos] == '\n') _pos++;
            }
            else if (_text[_pos] == '\n')
            {
                _pos++;
            }
            _line++;
        }

        private static char DetectDelimiter(string text, int start)
        {
            int commas = 0, semicolons = 0, tabs = 0;
            bool inQuotes = false;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '"') inQuotes = !inQuotes;
                else if (!inQuotes && (c == '\r' || c == '\n')) break;
                else if (!inQuotes && c == ',') commas++;
                else if (!inQuotes && c == ';') semicolons++;
                else if (!inQuotes && c == '\t') tabs++;
            }
            if (commas > 0) return ',';
            if (semicolons > 0) return ';';
            return tabs > 0 ? '\t' : ',';
        }
    }
}
