/* fv-json-scan.c — a strict JSON checker that knows where things are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One iterative pass (no recursion, so no stack to overflow) over the bytes
 * of a JSON text. It rejects everything RFC 8259 does not allow (json-glib
 * 1.6 reads octal, hex, comments, single quotes and several top-level values
 * as if they were JSON), and what the fact model refuses although it is JSON:
 * nesting past a limit, invalid UTF-8 and lone surrogates, U+0000, duplicate
 * member names, numbers that do not fit a double or a 64-bit integer.
 *
 * It keeps the JSON path of the value it is in, so that what it finds is
 * reported as PATH:LINE:COLUMN: $.json.path: message; the same walk in
 * "locate" mode gives places to the problems the model reader finds later.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fv-json-scan.h"
#include "fv-problem.h"

/* Objects with more members than this get a hash set for the duplicate
 * check; fewer are compared one by one, which is faster for the few members
 * a fact model's objects have. */
#define LINEAR_KEYS_MAX 16

typedef struct
{
  guint32 hash;
  guint32 offset;  /* into Scanner.key_arena */
  guint32 length;
} Key;

typedef struct
{
  char        kind;         /* '{' or '[' */
  gsize       path_len;     /* length of the path of this container */
  guint       index;        /* next element index, for arrays */
  guint       keys_start;   /* first of this object's keys in Scanner.keys */
  GHashTable *key_set;      /* once the object has many members */
} Frame;

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       max_depth;

  GString    *path;
  GArray     *stack;        /* of Frame */
  GArray     *keys;         /* of Key, for the open objects */
  GString    *key_arena;    /* decoded member names of the open objects */
  GString    *key;          /* the member name being read */

  /* check mode */
  GPtrArray  *problems;
  gboolean    failed;

  /* locate mode: path → GSList of FvProblem */
  GHashTable *wanted;

  /* position cursor: line and column of cursor_offset */
  gsize       cursor_offset;
  guint       cursor_line;
  guint       cursor_column;
} Scanner;

void
fv_json_path_append_index (GString *path,
                           guint    index)
{
  char buf[16];
  int i = sizeof buf;

  buf[--i] = ']';
  do
    {
      buf[--i] = '0' + index % 10;
      index /= 10;
    }
  while (index > 0);
  buf[--i] = '[';

  g_string_append_len (path, buf + i, sizeof buf - i);
}

static gboolean
is_identifier (const char *name,
               gsize       length)
{
  if (length == 0 || g_ascii_isdigit (name[0]))
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '_')
      return FALSE;

  return TRUE;
}

/* $.name for names that read as identifiers, $["other name"] otherwise, with
 * the name escaped as a JSON string so the path itself stays printable. */
void
fv_json_path_append_member (GString    *path,
                            const char *name,
                            gsize       length)
{
  if (is_identifier (name, length))
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, length);
      return;
    }

  g_string_append (path, "[\"");
  for (gsize i = 0; i < length; i++)
    {
      guchar c = name[i];

      if (c == '"' || c == '\\')
        {
          g_string_append_c (path, '\\');
          g_string_append_c (path, c);
        }
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (path, "\\u%04x", c);
      else
        g_string_append_c (path, c);
    }
  g_string_append (path, "\"]");
}

/* Line and column (in characters) of OFFSET. Problems are found in order, so
 * the cursor only moves forward in the common case. */
static void
scanner_position (Scanner *s,
                  gsize    offset,
                  guint   *line,
                  guint   *column)
{
  if (offset < s->cursor_offset)
    {
      s->cursor_offset = 0;
      s->cursor_line = 1;
      s->cursor_column = 1;
    }

  for (gsize i = s->cursor_offset; i < offset && i < s->length; i++)
    {
      guchar c = s->data[i];

      if (c == '\n')
        {
          s->cursor_line++;
          s->cursor_column = 1;
        }
      else if ((c & 0xc0) != 0x80)
        {
          s->cursor_column++;
        }
    }

  s->cursor_offset = offset;
  *line = s->cursor_line;
  *column = s->cursor_column;
}

G_GNUC_PRINTF (4, 5)
static void
scanner_problem (Scanner      *s,
                 gsize         offset,
                 FvModelError  code,
                 const char   *format,
                 ...)
{
  g_autofree char *message = NULL;
  FvProblem *problem;
  va_list args;

  if (fv_problems_full (s->problems))
    {
      fv_problems_add (s->problems, fv_problem_new (code, NULL, ""));
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  problem = fv_problem_new (code, s->path->str, message);
  scanner_position (s, offset, &problem->line, &problem->column);
  fv_problems_add (s->problems, problem);
}

/* A problem after which the text cannot be read on. */
#define fatal(s, offset, code, ...) \
  G_STMT_START { \
    if ((s)->problems != NULL) \
      scanner_problem ((s), (offset), (code), __VA_ARGS__); \
    (s)->failed = TRUE; \
    return FALSE; \
  } G_STMT_END

static void
scanner_want (Scanner *s,
              gsize    offset)
{
  GSList *list;

  if (s->wanted == NULL)
    return;

  list = g_hash_table_lookup (s->wanted, s->path->str);
  if (list == NULL)
    return;

  for (const GSList *l = list; l != NULL; l = l->next)
    {
      FvProblem *problem = l->data;

      scanner_position (s, offset, &problem->line, &problem->column);
    }

  /* The first place a path names is its place. */
  g_hash_table_remove (s->wanted, s->path->str);
}

static inline void
skip_whitespace (Scanner *s)
{
  while (s->pos < s->length)
    {
      char c = s->data[s->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      s->pos++;
    }
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Scanner  *s,
           gsize     at,
           gunichar *out)
{
  gunichar value = 0;

  if (at + 4 > s->length)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int v = hex_value (s->data[at + i]);

      if (v < 0)
        return FALSE;
      value = (value << 4) | v;
    }

  *out = value;
  return TRUE;
}

/* Length of the valid UTF-8 sequence at P (at most AVAIL bytes), or 0. */
static guint
utf8_sequence_length (const guchar *p,
                      gsize         avail)
{
  guchar c = p[0];

  if (c >= 0xc2 && c <= 0xdf)
    {
      if (avail >= 2 && (p[1] & 0xc0) == 0x80)
        return 2;
    }
  else if (c >= 0xe0 && c <= 0xef)
    {
      guchar lo = (c == 0xe0) ? 0xa0 : 0x80;
      guchar hi = (c == 0xed) ? 0x9f : 0xbf;  /* no surrogates */

      if (avail >= 3 && p[1] >= lo && p[1] <= hi && (p[2] & 0xc0) == 0x80)
        return 3;
    }
  else if (c >= 0xf0 && c <= 0xf4)
    {
      guchar lo = (c == 0xf0) ? 0x90 : 0x80;
      guchar hi = (c == 0xf4) ? 0x8f : 0xbf;  /* not past U+10FFFF */

      if (avail >= 4 && p[1] >= lo && p[1] <= hi &&
          (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80)
        return 4;
    }

  return 0;
}

/* Reads the string whose opening quote is at s->pos. When DECODED is not
 * NULL, the string's value is put there (for member names). */
static gboolean
scan_string (Scanner *s,
             GString *decoded)
{
  gsize start = s->pos;

  s->pos++;  /* the opening quote */

  for (;;)
    {
      gsize run = s->pos;
      guchar c;

      /* Plain ASCII is the common case: take it in one run. */
      while (s->pos < s->length)
        {
          c = s->data[s->pos];
          if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
            break;
          s->pos++;
        }
      if (decoded != NULL && s->pos > run)
        g_string_append_len (decoded, s->data + run, s->pos - run);

      if (s->pos >= s->length)
        fatal (s, start, FV_MODEL_ERROR_SYNTAX, _("This string is not closed"));

      c = s->data[s->pos];

      if (c == '"')
        {
          s->pos++;
          return TRUE;
        }

      if (c < 0x20)
        fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX,
               _("A control character (U+%04X) must be written as an escape in a string"), c);

      if (c >= 0x80)
        {
          guint len = utf8_sequence_length ((const guchar *) s->data + s->pos,
                                            s->length - s->pos);

          if (len == 0)
            {
              if (s->problems != NULL)
                scanner_problem (s, s->pos, FV_MODEL_ERROR_ENCODING,
                                 _("This string is not valid UTF-8 (byte 0x%02X)"), c);
              s->failed = TRUE;
              len = 1;
            }
          else if (decoded != NULL)
            {
              g_string_append_len (decoded, s->data + s->pos, len);
            }
          s->pos += len;
          continue;
        }

      /* An escape. */
      {
        gsize escape = s->pos;
        char e;

        if (s->pos + 1 >= s->length)
          fatal (s, start, FV_MODEL_ERROR_SYNTAX, _("This string is not closed"));

        e = s->data[s->pos + 1];
        s->pos += 2;

        switch (e)
          {
          case '"': case '\\': case '/':
            if (decoded != NULL)
              g_string_append_c (decoded, e);
            break;
          case 'b': if (decoded != NULL) g_string_append_c (decoded, '\b'); break;
          case 'f': if (decoded != NULL) g_string_append_c (decoded, '\f'); break;
          case 'n': if (decoded != NULL) g_string_append_c (decoded, '\n'); break;
          case 'r': if (decoded != NULL) g_string_append_c (decoded, '\r'); break;
          case 't': if (decoded != NULL) g_string_append_c (decoded, '\t'); break;
          case 'u':
            {
              gunichar cp;

              if (!read_hex4 (s, s->pos, &cp))
                fatal (s, escape, FV_MODEL_ERROR_SYNTAX,
                       _("“\\u” must be followed by four hexadecimal digits"));
              s->pos += 4;

              if (cp >= 0xd800 && cp <= 0xdbff)
                {
                  gunichar low;

                  if (s->pos + 6 <= s->length &&
                      s->data[s->pos] == '\\' && s->data[s->pos + 1] == 'u' &&
                      read_hex4 (s, s->pos + 2, &low) &&
                      low >= 0xdc00 && low <= 0xdfff)
                    {
                      s->pos += 6;
                      cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    }
                  else
                    {
                      if (s->problems != NULL)
                        scanner_problem (s, escape, FV_MODEL_ERROR_ENCODING,
                                         _("“\\u%04X” is half of a surrogate pair without its other half"),
                                         cp);
                      s->failed = TRUE;
                      break;
                    }
                }
              else if (cp >= 0xdc00 && cp <= 0xdfff)
                {
                  if (s->problems != NULL)
                    scanner_problem (s, escape, FV_MODEL_ERROR_ENCODING,
                                     _("“\\u%04X” is half of a surrogate pair without its other half"),
                                     cp);
                  s->failed = TRUE;
                  break;
                }
              else if (cp == 0)
                {
                  /* Valid JSON, but a C string ends there. */
                  if (s->problems != NULL)
                    scanner_problem (s, escape, FV_MODEL_ERROR_ENCODING,
                                     _("A fact model cannot contain the character U+0000"));
                  s->failed = TRUE;
                  break;
                }

              if (decoded != NULL)
                g_string_append_unichar (decoded, cp);
            }
            break;
          default:
            fatal (s, escape, FV_MODEL_ERROR_SYNTAX,
                   _("“\\%c” is not an escape that JSON knows"),
                   g_ascii_isprint (e) ? e : '?');
          }
      }
    }
}

static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos;
  gboolean integer = TRUE;
  const char *p = s->data;
  gsize n = s->length;

  if (s->pos < n && p[s->pos] == '-')
    s->pos++;

  if (s->pos >= n || !g_ascii_isdigit (p[s->pos]))
    fatal (s, start, FV_MODEL_ERROR_SYNTAX, _("This is not a valid number"));

  if (p[s->pos] == '0')
    {
      s->pos++;
      if (s->pos < n && (g_ascii_isdigit (p[s->pos]) || p[s->pos] == 'x' || p[s->pos] == 'X'))
        fatal (s, start, FV_MODEL_ERROR_SYNTAX,
               _("Numbers cannot start with 0 (JSON has no octal or hexadecimal numbers)"));
    }
  else
    {
      while (s->pos < n && g_ascii_isdigit (p[s->pos]))
        s->pos++;
    }

  if (s->pos < n && p[s->pos] == '.')
    {
      integer = FALSE;
      s->pos++;
      if (s->pos >= n || !g_ascii_isdigit (p[s->pos]))
        fatal (s, start, FV_MODEL_ERROR_SYNTAX, _("A decimal point must be followed by a digit"));
      while (s->pos < n && g_ascii_isdigit (p[s->pos]))
        s->pos++;
    }

  if (s->pos < n && (p[s->pos] == 'e' || p[s->pos] == 'E'))
    {
      integer = FALSE;
      s->pos++;
      if (s->pos < n && (p[s->pos] == '+' || p[s->pos] == '-'))
        s->pos++;
      if (s->pos >= n || !g_ascii_isdigit (p[s->pos]))
        fatal (s, start, FV_MODEL_ERROR_SYNTAX, _("An exponent must have digits"));
      while (s->pos < n && g_ascii_isdigit (p[s->pos]))
        s->pos++;
    }

  /* Integers past 64 bits and doubles past DBL_MAX have no faithful value
   * (json-glib 1.6 reads them as other numbers without a word): refuse both
   * here. Short integers cannot overflow, so only long ones are converted. */
  if (s->problems != NULL && (!integer || s->pos - start > 18))
    {
      char stack_buf[64];
      g_autofree char *heap_buf = NULL;
      gsize len = s->pos - start;
      char *text = stack_buf;

      if (len >= sizeof stack_buf)
        text = heap_buf = g_malloc (len + 1);
      memcpy (text, p + start, len);
      text[len] = '\0';

      errno = 0;
      if (integer)
        {
          g_ascii_strtoll (text, NULL, 10);
          if (errno == ERANGE)
            {
              scanner_problem (s, start, FV_MODEL_ERROR_NUMBER_RANGE,
                               _("This integer does not fit in 64 bits"));
              s->failed = TRUE;
            }
        }
      else
        {
          double value = g_ascii_strtod (text, NULL);

          if (!isfinite (value))
            {
              scanner_problem (s, start, FV_MODEL_ERROR_NUMBER_RANGE,
                               _("This number is too large"));
              s->failed = TRUE;
            }
          /* 2e-400 reads as 0 without a word. */
          else if (value == 0 && strpbrk (text, "123456789") != NULL &&
                   strpbrk (text, "123456789") < text + strcspn (text, "eE"))
            {
              scanner_problem (s, start, FV_MODEL_ERROR_NUMBER_RANGE,
                               _("This number is too small to tell from 0"));
              s->failed = TRUE;
            }
        }
    }

  /* "1true", "2a": a number must end where a token ends. */
  if (s->pos < n && (g_ascii_isalnum (p[s->pos]) || p[s->pos] == '.' ||
                     p[s->pos] == '+' || p[s->pos] == '-'))
    fatal (s, start, FV_MODEL_ERROR_SYNTAX, _("This is not a valid number"));

  return TRUE;
}

static gboolean
scan_word (Scanner    *s,
           const char *word)
{
  gsize len = strlen (word);

  if (s->length - s->pos < len || memcmp (s->data + s->pos, word, len) != 0 ||
      (s->pos + len < s->length && g_ascii_isalnum (s->data[s->pos + len])))
    fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX,
           _("Expected a value: an object, array, string, number, “true”, “false” or “null”"));

  s->pos += len;
  return TRUE;
}

static gboolean
push (Scanner *s,
      char     kind)
{
  Frame frame = { kind, s->path->len, 0, s->keys->len, NULL };

  if (s->stack->len >= s->max_depth)
    fatal (s, s->pos, FV_MODEL_ERROR_TOO_DEEP,
           _("Nested deeper than %u levels; a fact model needs only a few"),
           s->max_depth);

  g_array_append_val (s->stack, frame);
  s->pos++;
  return TRUE;
}

static void
pop (Scanner *s)
{
  Frame *frame = &g_array_index (s->stack, Frame, s->stack->len - 1);

  if (frame->kind == '{')
    {
      if (frame->keys_start < s->keys->len)
        g_string_truncate (s->key_arena,
                           g_array_index (s->keys, Key, frame->keys_start).offset);
      g_array_set_size (s->keys, frame->keys_start);
      g_clear_pointer (&frame->key_set, g_hash_table_unref);
    }

  g_string_truncate (s->path, frame->path_len);
  g_array_set_size (s->stack, s->stack->len - 1);
  s->pos++;
}

/* Remembers the member name in s->key for FRAME; FALSE when it is there
 * already. */
static gboolean
remember_key (Scanner *s,
              Frame   *frame)
{
  guint n_keys = s->keys->len - frame->keys_start;
  Key key;

  if (frame->key_set != NULL)
    {
      if (g_hash_table_contains (frame->key_set, s->key->str))
        return FALSE;
      g_hash_table_add (frame->key_set, g_strndup (s->key->str, s->key->len));
      return TRUE;
    }

  key.hash = g_str_hash (s->key->str);
  key.length = s->key->len;

  for (guint i = frame->keys_start; i < s->keys->len; i++)
    {
      const Key *k = &g_array_index (s->keys, Key, i);

      if (k->hash == key.hash && k->length == key.length &&
          memcmp (s->key_arena->str + k->offset, s->key->str, key.length) == 0)
        return FALSE;
    }

  if (n_keys + 1 > LINEAR_KEYS_MAX)
    {
      frame->key_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = frame->keys_start; i < s->keys->len; i++)
        {
          const Key *k = &g_array_index (s->keys, Key, i);
          g_hash_table_add (frame->key_set, g_strndup (s->key_arena->str + k->offset, k->length));
        }
      g_hash_table_add (frame->key_set, g_strndup (s->key->str, s->key->len));
      return TRUE;
    }

  key.offset = s->key_arena->len;
  g_string_append_len (s->key_arena, s->key->str, s->key->len);
  g_array_append_val (s->keys, key);
  return TRUE;
}

/* Says what is wrong with the character at s->pos where EXPECTED was
 * expected, naming the common mistakes (lenient parsers accept most of them). */
static gboolean
unexpected (Scanner    *s,
            const char *expected)
{
  char c = s->pos < s->length ? s->data[s->pos] : '\0';
  gsize back = s->pos;

  while (back > 0 && (s->data[back - 1] == ' ' || s->data[back - 1] == '\t' ||
                      s->data[back - 1] == '\n' || s->data[back - 1] == '\r'))
    back--;

  if (s->pos >= s->length)
    fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX, _("The text ends where a value was expected"));
  if (c == '\0')
    fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX,
           _("The file contains a NUL byte, which JSON text cannot have"));
  if (c == '/')
    fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX, _("JSON does not allow comments"));
  if (c == '\'')
    fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX,
           _("Strings must be in double quotes, not single quotes"));
  if (c == '.' || c == '+')
    fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX,
           _("A number must start with a digit or “-”, as in 0.5"));
  if ((c == '}' || c == ']') && back > 0 && s->data[back - 1] == ',')
    fatal (s, back - 1, FV_MODEL_ERROR_SYNTAX,
           _("JSON does not allow a comma before “%c”"), c);

  fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX, "%s", expected);
}

/* Reads a member name and its colon; s->pos is at the name's quote. */
static gboolean
scan_member_name (Scanner *s)
{
  Frame *frame = &g_array_index (s->stack, Frame, s->stack->len - 1);
  gsize start = s->pos;

  if (s->pos >= s->length || s->data[s->pos] != '"')
    return unexpected (s, _("Expected a member name in double quotes"));

  g_string_truncate (s->key, 0);
  g_string_truncate (s->path, frame->path_len);
  if (!scan_string (s, s->key))
    return FALSE;

  fv_json_path_append_member (s->path, s->key->str, s->key->len);
  scanner_want (s, start);

  if (s->problems != NULL && !remember_key (s, frame))
    {
      scanner_problem (s, start, FV_MODEL_ERROR_DUPLICATE_KEY,
                       _("“%s” is already a member of this object"), s->key->str);
      s->failed = TRUE;
    }

  skip_whitespace (s);
  if (s->pos >= s->length || s->data[s->pos] != ':')
    fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX, _("Expected “:” after the member name"));
  s->pos++;

  return TRUE;
}

static gboolean
scan (Scanner *s)
{
  s->cursor_offset = 0;
  s->cursor_line = 1;
  s->cursor_column = 1;

  g_string_assign (s->path, "$");

  /* Each turn reads one value, then what follows it up to the next value. */
  for (;;)
    {
      Frame *frame;

      skip_whitespace (s);
      if (s->pos >= s->length)
        fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX,
               s->stack->len == 0 && s->pos == 0 ? _("The file is empty")
                                                 : _("The text ends where a value was expected"));

      if (s->stack->len == 0 ||
          g_array_index (s->stack, Frame, s->stack->len - 1).kind == '[')
        scanner_want (s, s->pos);

      switch (s->data[s->pos])
        {
        case '{':
          if (!push (s, '{'))
            return FALSE;
          skip_whitespace (s);
          if (s->pos < s->length && s->data[s->pos] == '}')
            {
              pop (s);
              break;
            }
          if (!scan_member_name (s))
            return FALSE;
          continue;

        case '[':
          if (!push (s, '['))
            return FALSE;
          skip_whitespace (s);
          if (s->pos < s->length && s->data[s->pos] == ']')
            {
              pop (s);
              break;
            }
          fv_json_path_append_index (s->path, 0);
          continue;

        case '"':
          if (!scan_string (s, NULL))
            return FALSE;
          break;

        case 't':
          if (!scan_word (s, "true"))
            return FALSE;
          break;

        case 'f':
          if (!scan_word (s, "false"))
            return FALSE;
          break;

        case 'n':
          if (!scan_word (s, "null"))
            return FALSE;
          break;

        case '-': case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          if (!scan_number (s))
            return FALSE;
          break;

        default:
          return unexpected (s, _("Expected a value: an object, array, string, number, "
                                  "“true”, “false” or “null”"));
        }

      /* After a value: close containers until one goes on with a comma. */
      for (;;)
        {
          skip_whitespace (s);

          if (s->stack->len == 0)
            {
              if (s->pos < s->length)
                return unexpected (s, _("Unexpected text after the end of the JSON value: "
                                        "a file holds one value"));
              return !s->failed;
            }

          frame = &g_array_index (s->stack, Frame, s->stack->len - 1);

          if (s->pos >= s->length)
            fatal (s, s->pos, FV_MODEL_ERROR_SYNTAX,
                   frame->kind == '{' ? _("The text ends inside an object: “}” is missing")
                                      : _("The text ends inside an array: “]” is missing"));

          if (s->data[s->pos] == ',')
            {
              s->pos++;
              skip_whitespace (s);
              if (frame->kind == '{')
                {
                  if (!scan_member_name (s))
                    return FALSE;
                }
              else
                {
                  g_string_truncate (s->path, frame->path_len);
                  fv_json_path_append_index (s->path, ++frame->index);
                }
              break;
            }

          if (s->data[s->pos] == (frame->kind == '{' ? '}' : ']'))
            {
              pop (s);
              continue;
            }

          return unexpected (s, frame->kind == '{' ? _("Expected “,” or “}” after an object member")
                                                   : _("Expected “,” or “]” after an array element"));
        }
    }
}

static void
scanner_init (Scanner    *s,
              const char *data,
              gsize       length,
              guint       max_depth)
{
  memset (s, 0, sizeof *s);
  s->data = data;
  s->length = length;
  s->max_depth = max_depth;
  s->path = g_string_sized_new (64);
  s->stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  s->keys = g_array_new (FALSE, FALSE, sizeof (Key));
  s->key_arena = g_string_sized_new (256);
  s->key = g_string_sized_new (64);
}

static void
scanner_clear (Scanner *s)
{
  for (guint i = 0; i < s->stack->len; i++)
    g_clear_pointer (&g_array_index (s->stack, Frame, i).key_set, g_hash_table_unref);

  g_string_free (s->path, TRUE);
  g_array_unref (s->stack);
  g_array_unref (s->keys);
  g_string_free (s->key_arena, TRUE);
  g_string_free (s->key, TRUE);
  g_clear_pointer (&s->wanted, g_hash_table_unref);
}

gboolean
fv_json_check (const char *data,
               gsize       length,
               guint       max_depth,
               GPtrArray  *problems)
{
  Scanner s;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  scanner_init (&s, data, length, max_depth);
  s.problems = problems;
  ok = scan (&s) && !s.failed;
  scanner_clear (&s);

  return ok;
}

void
fv_json_locate (const char *data,
                gsize       length,
                GPtrArray  *problems)
{
  Scanner s;

  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (problems != NULL);

  scanner_init (&s, data, length, G_MAXUINT);
  s.wanted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                    (GDestroyNotify) g_slist_free);

  for (guint i = 0; i < problems->len; i++)
    {
      FvProblem *problem = g_ptr_array_index (problems, i);
      GSList *list;

      if (problem->path == NULL || problem->line != 0)
        continue;

      list = g_hash_table_lookup (s.wanted, problem->path);
      g_hash_table_steal (s.wanted, problem->path);
      g_hash_table_insert (s.wanted, problem->path, g_slist_prepend (list, problem));
    }

  if (g_hash_table_size (s.wanted) > 0)
    scan (&s);

  scanner_clear (&s);
  fv_problems_shorten_paths (problems);
}
