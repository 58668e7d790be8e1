/* fv-format.c — dates and numbers of a model, as the reader's locale writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by the window, the charts and the command line, so that a date reads the same in a
 * list row, a tooltip and an exported PNG. Dates are written only as
 * precisely as the model knows them: "2012", "January 2017", never a day
 * that was not given.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fv-format.h"
#include "fv-i18n.h"

/* The month names, from Fact Viewer's own translations rather than the
 * C library's locale: on a system whose locale is C (or another language
 * than the interface's), "30 de September de 1996" would mix languages.
 * Four forms, as strftime() has them: a month in a date ("25 stycznia
 * 2017": genitive in Polish), as it stands alone ("styczeń 2017"), and
 * the short forms of both. */
static const char *
month_name (guint    month,
            gboolean standalone,
            gboolean abbreviated)
{
  static const char *in_date[] = {
    NC_("month in a date", "January"), NC_("month in a date", "February"),
    NC_("month in a date", "March"), NC_("month in a date", "April"),
    NC_("month in a date", "May"), NC_("month in a date", "June"),
    NC_("month in a date", "July"), NC_("month in a date", "August"),
    NC_("month in a date", "September"), NC_("month in a date", "October"),
    NC_("month in a date", "November"), NC_("month in a date", "December"),
  };
  static const char *alone[] = {
    NC_("month standing alone", "January"), NC_("month standing alone", "February"),
    NC_("month standing alone", "March"), NC_("month standing alone", "April"),
    NC_("month standing alone", "May"), NC_("month standing alone", "June"),
    NC_("month standing alone", "July"), NC_("month standing alone", "August"),
    NC_("month standing alone", "September"), NC_("month standing alone", "October"),
    NC_("month standing alone", "November"), NC_("month standing alone", "December"),
  };
  static const char *short_in_date[] = {
    NC_("short month in a date", "Jan"), NC_("short month in a date", "Feb"),
    NC_("short month in a date", "Mar"), NC_("short month in a date", "Apr"),
    NC_("short month in a date", "May"), NC_("short month in a date", "Jun"),
    NC_("short month in a date", "Jul"), NC_("short month in a date", "Aug"),
    NC_("short month in a date", "Sep"), NC_("short month in a date", "Oct"),
    NC_("short month in a date", "Nov"), NC_("short month in a date", "Dec"),
  };
  static const char *short_alone[] = {
    NC_("short month standing alone", "Jan"), NC_("short month standing alone", "Feb"),
    NC_("short month standing alone", "Mar"), NC_("short month standing alone", "Apr"),
    NC_("short month standing alone", "May"), NC_("short month standing alone", "Jun"),
    NC_("short month standing alone", "Jul"), NC_("short month standing alone", "Aug"),
    NC_("short month standing alone", "Sep"), NC_("short month standing alone", "Oct"),
    NC_("short month standing alone", "Nov"), NC_("short month standing alone", "Dec"),
  };
  const char *context;
  const char **names;

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (abbreviated)
    {
      context = standalone ? "short month standing alone" : "short month in a date";
      names = standalone ? short_alone : short_in_date;
    }
  else
    {
      context = standalone ? "month standing alone" : "month in a date";
      names = standalone ? alone : in_date;
    }

  /* The default domain, as FV_TR_C_() does: g_dgettext() with a domain named
   * decides once per process whether to translate at all. In the language
   * of the chart or the sheet being drawn (fv-i18n.c). */
  return fv_pgettext2 (context, names[month - 1]);
}

/**
 * fv_format_date_time:
 * @format: as g_date_time_format()'s, whose %B, %OB, %b and %Ob are
 *   written with Fact Viewer's month names
 *
 * Returns: @dt written as @format says, in the interface's language
 */
char *
fv_format_date_time (GDateTime  *dt,
                     const char *format)
{
  GString *expanded = g_string_new (NULL);
  guint month = g_date_time_get_month (dt);

  for (const char *p = format; *p != '\0'; p++)
    {
      const char *name = NULL;

      if (p[0] == '%' && p[1] == '%')
        {
          g_string_append (expanded, "%%");
          p++;
          continue;
        }
      if (p[0] == '%' && p[1] == 'O' && (p[2] == 'B' || p[2] == 'b'))
        {
          name = month_name (month, TRUE, p[2] == 'b');
          p += 2;
        }
      else if (p[0] == '%' && (p[1] == 'B' || p[1] == 'b'))
        {
          name = month_name (month, FALSE, p[1] == 'b');
          p += 1;
        }

      if (name == NULL)
        {
          g_string_append_c (expanded, *p);
          continue;
        }
      /* A name is text, not format: its own % (none, but a translation
       * could have one) stays a %. */
      for (const char *n = name; *n != '\0'; n++)
        {
          if (*n == '%')
            g_string_append_c (expanded, '%');
          g_string_append_c (expanded, *n);
        }
    }

  {
    g_autofree char *fmt = g_string_free (expanded, FALSE);

    return g_date_time_format (dt, fmt);
  }
}

static char *
format_date (const FvDate *date,
             gboolean      approximate)
{
  g_autoptr(GDateTime) dt = NULL;
  const char *format;

  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case FV_DATE_PRECISION_YEAR:
      format = approximate
               /* translators: a year that is an estimate, as in "about 2012";
                * strftime-like format of g_date_time_format() */
               ? FV_TR_C_("date format", "about %Y")
               /* translators: a year alone, as in "2012"; strftime-like format of g_date_time_format() */
               : FV_TR_C_("date format", "%Y");
      break;
    case FV_DATE_PRECISION_MONTH:
      format = approximate
               /* translators: a month that is an estimate, as in "about January
                * 2017"; %B is the month's name as in a date (genitive in
                * Polish: "około stycznia 2017"), %OB as it stands alone */
               ? FV_TR_C_("date format", "about %OB %Y")
               /* translators: a month and year, as in "January 2017". %OB is the month's
                * name as it stands alone (nominative); g_date_time_format() */
               : FV_TR_C_("date format", "%OB %Y");
      break;
    case FV_DATE_PRECISION_DAY:
      format = approximate
               /* translators: a day that is an estimate, as in "about January 25, 2017" */
               ? FV_TR_C_("date format", "about %B %-d, %Y")
               /* translators: a full date, as in "January 25, 2017"; g_date_time_format() */
               : FV_TR_C_("date format", "%B %-d, %Y");
      break;
    case FV_DATE_PRECISION_NONE:
    default:
      return NULL;
    }

  dt = g_date_time_new_local (date->year, MAX (date->month, 1), MAX (date->day, 1), 12, 0, 0);
  if (dt == NULL)
    return NULL;

  return fv_format_date_time (dt, format);
}

char *
fv_format_date (const FvDate *date)
{
  return format_date (date, FALSE);
}

/* An event an undated one is placed by: its date, or where it has none,
 * its title (not its own place, which would run down a whole chain). */
static char *
format_anchor (const FvEvent *anchor)
{
  if (anchor->date.precision != FV_DATE_PRECISION_NONE)
    return fv_format_date (&anchor->date);
  /* translators: an event named by its title, where it has no date */
  return g_strdup_printf (FV_TR_("“%s”"), anchor->title.original);
}

/* "before January 25, 2017": an event known only by its place. */
static char *
format_placed (const FvEvent *event)
{
  g_autofree char *after = event->after != NULL ? format_anchor (event->after) : NULL;
  g_autofree char *before = event->before != NULL ? format_anchor (event->before) : NULL;

  if (after != NULL && before != NULL)
    /* translators: the date of an event known only to lie between two
     * others: "between January 25, 2017 and March 2017" */
    return g_strdup_printf (FV_TR_("between %s and %s"), after, before);
  if (after != NULL)
    /* translators: the date of an event known only to come after another */
    return g_strdup_printf (FV_TR_("after %s"), after);
  if (before != NULL)
    /* translators: the date of an event known only to come before another */
    return g_strdup_printf (FV_TR_("before %s"), before);
  return g_strdup (FV_TR_("date unknown"));
}

/* "January 25, 2017", "September 30, 1996 – 2012", "about January 2017";
 * "before January 25, 2017" for an event known only by its place. */
char *
fv_format_event_date (const FvEvent *event)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (event != NULL, NULL);

  if (event->date.precision == FV_DATE_PRECISION_NONE)
    return format_placed (event);

  /* One estimated date: in the grammar of the language ("około stycznia
   * 2017" takes the genitive). */
  if (event->approximate && event->end.precision == FV_DATE_PRECISION_NONE)
    return format_date (&event->date, TRUE);

  start = fv_format_date (&event->date);
  if (event->end.precision != FV_DATE_PRECISION_NONE)
    {
      end = fv_format_date (&event->end);
      /* translators: a period, from a date to a date */
      when = g_strdup_printf (FV_TR_("%s – %s"), start, end);
    }
  else
    when = g_steal_pointer (&start);

  if (event->approximate)
    /* translators: a date that is an estimate */
    return g_strdup_printf (FV_TR_("about %s"), when);

  return g_steal_pointer (&when);
}

/* The currencies a language has a word or a sign of its own for: "$" in
 * English, "dólares" in Spanish. Others are written by their ISO 4217
 * code, in every language. */
static const char *
currency_name (const char *code)
{
  if (g_strcmp0 (code, "USD") == 0)
    /* translators: US dollars in an amount, as the language writes them
     * with "%2$s" in the formats of amounts: "$" in "$75 million",
     * "dólares" in "75 millones de dólares", "USD" in "75 mln USD" */
    return FV_TR_C_("currency", "$");
  if (g_strcmp0 (code, "EUR") == 0)
    /* translators: euros in an amount: "€" in "€75 million" */
    return FV_TR_C_("currency", "€");
  if (g_strcmp0 (code, "GBP") == 0)
    /* translators: pounds sterling in an amount: "£" in "£75 million" */
    return FV_TR_C_("currency", "£");
  return NULL;
}

/* Grouped digits and the decimal point of the locale, with as many decimals
 * as the number has (at most two). */
static char *
format_plain (double value)
{
  int decimals = fabs (value - round (value)) < 1e-9 ? 0
                 : fabs (value * 10 - round (value * 10)) < 1e-9 ? 1 : 2;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  GString *str;
  const char *digits, *point;
  gsize integer;

  if (!fv_i18n_overridden ())
    return g_strdup_printf ("%'.*f", decimals, value);

  /* Drawn in another language than the interface's (fv-i18n.c): that
   * language's marks, from its translations, not the locale's. */
  g_ascii_formatd (buffer, sizeof buffer, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f" : "%.2f",
                   value);
  str = g_string_new (NULL);
  digits = buffer[0] == '-' ? buffer + 1 : buffer;
  if (buffer[0] == '-')
    g_string_append_c (str, '-');
  point = strchr (digits, '.');
  integer = point != NULL ? (gsize) (point - digits) : strlen (digits);
  for (gsize i = 0; i < integer; i++)
    {
      /* translators: what groups the thousands of a number in a chart,
       * as in "12,345"; a no-break space where the language writes a space */
      if (i > 0 && (integer - i) % 3 == 0)
        g_string_append (str, FV_TR_C_("thousands separator", ","));
      g_string_append_c (str, digits[i]);
    }
  if (point != NULL)
    {
      /* translators: the decimal mark of a number in a chart, as in "2.5" */
      g_string_append (str, FV_TR_C_("decimal separator", "."));
      g_string_append (str, point + 1);
    }
  return g_string_free (str, FALSE);
}

char *
fv_format_number (double      value,
                  FvUnit      unit,
                  const char *currency)
{
  g_autofree char *number = NULL;
  const char *name, *format;
  double scaled;
  gulong n;

  switch (unit)
    {
    case FV_UNIT_PERCENT:
      number = format_plain (value);
      /* translators: a percentage, as in "44%"; some languages write "44 %" */
      return g_strdup_printf (FV_TR_("%s%%"), number);

    case FV_UNIT_CURRENCY:
      /* The number, its scale and the currency, each where the language
       * puts them: "$75 million", "75 millones de dólares", "75 mln USD";
       * in the plural the number asks for ("1 millón", "2,5 millones"). */
      scaled = value >= 1e9 ? value / 1e9 : value >= 1e6 ? value / 1e6 : value;
      number = format_plain (scaled);
      n = fabs (scaled - round (scaled)) < 1e-9 && scaled < 1e9 ? (gulong) round (scaled) : 2;
      name = currency_name (currency);
      if (name != NULL)
        format = value >= 1e9
                 /* translators: an amount in billions: %1$s the number, %2$s the
                  * currency's word or sign (above): "$2.5 billion" */
                 ? fv_ngettext ("%2$s%1$s billion", "%2$s%1$s billion", n)
                 : value >= 1e6
                 /* translators: an amount in millions: %1$s the number, %2$s the
                  * currency's word or sign: "$75 million"; Spanish
                  * "%1$s millones de %2$s" */
                 ? fv_ngettext ("%2$s%1$s million", "%2$s%1$s million", n)
                 /* translators: an amount: %1$s the number, %2$s the currency's
                  * word or sign: "$75" */
                 : fv_ngettext ("%2$s%1$s", "%2$s%1$s", n);
      else
        {
          name = currency;
          format = value >= 1e9
                   /* translators: an amount in billions in a currency written by
                    * its ISO 4217 code (%2$s): "CAD 2.5 billion" */
                   ? fv_ngettext ("%2$s %1$s billion", "%2$s %1$s billion", n)
                   : value >= 1e6
                   /* translators: an amount in millions in a currency written by
                    * its code: "CAD 75 million" */
                   ? fv_ngettext ("%2$s %1$s million", "%2$s %1$s million", n)
                   /* translators: an amount in a currency written by its code: "CAD 75" */
                   : fv_ngettext ("%2$s %1$s", "%2$s %1$s", n);
        }
      return g_strdup_printf (format, number, name);

    case FV_UNIT_COUNT:
    default:
      return format_plain (value);
    }
}

/* "article", "public record": what kind of source, as a reader says it. */
const char *
fv_source_kind_name (FvSourceKind kind)
{
  switch (kind)
    {
    case FV_SOURCE_ARTICLE:
      return FV_TR_C_("source kind", "article");
    case FV_SOURCE_STUDY:
      return FV_TR_C_("source kind", "study");
    case FV_SOURCE_REPORT:
      return FV_TR_C_("source kind", "report");
    case FV_SOURCE_PUBLIC_RECORD:
      return FV_TR_C_("source kind", "public record");
    case FV_SOURCE_COURT_RECORD:
      return FV_TR_C_("source kind", "court record");
    case FV_SOURCE_OTHER:
    default:
      return FV_TR_C_("source kind", "source");
    }
}

/**
 * fv_text_clip:
 * @text: (nullable): valid UTF-8
 * @max_chars: the most characters to keep
 *
 * Model text can be as long as a file: no label or chart shows a million
 * characters, and laying them out would stall the window. Longer texts are
 * cut at a character boundary, with an ellipsis.
 *
 * Returns: (nullable): @text, or its first @max_chars characters and "…"
 */
char *
fv_text_clip (const char *text,
              gsize       max_chars)
{
  const char *end;

  if (text == NULL)
    return NULL;

  end = text;
  for (gsize i = 0; i < max_chars; i++)
    {
      if (*end == '\0')
        return g_strdup (text);
      end = g_utf8_next_char (end);
    }
  if (*end == '\0')
    return g_strdup (text);

  {
    GString *clipped = g_string_new_len (text, end - text);

    g_string_append (clipped, "…");
    return g_string_free (clipped, FALSE);
  }
}

static gboolean
is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         c == 0x200e || c == 0x200f ||        /* left-to-right and right-to-left marks */
         (c >= 0x202a && c <= 0x202e) ||      /* bidi embeddings and overrides */
         (c >= 0x2066 && c <= 0x2069);        /* bidi isolates */
}

/**
 * fv_text_escape_controls:
 * @text: (nullable): text from a model or a command line
 *
 * A model is a file people download: its texts may hold escape sequences
 * that retitle or clear a terminal, a newline that forges a line of
 * output, or bidi controls that show "gnp.exe" as "exe.png". Each such
 * character is written as \uXXXX instead, so that one problem is one line
 * and a terminal shows what the file says. Invalid UTF-8 is made valid.
 *
 * Returns: (nullable): @text with its control characters escaped
 */
char *
fv_text_escape_controls (const char *text)
{
  g_autofree char *valid = NULL;
  GString *str;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  str = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_control (c))
        g_string_append_printf (str, "\\u%04X", c);
      else
        g_string_append_len (str, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (str, FALSE);
}

/**
 * fv_text_shorten_middle:
 * @text: valid UTF-8, such as a member name or a language tag from a model
 * @max_chars: how many characters to keep at most, "…" included
 *
 * A message that quotes a 50 KB member name is a 50 KB line: the name's
 * beginning and end say which one it is.
 *
 * Returns: (transfer full): @text, or its first and last characters with
 *   "…" between them when it is longer than @max_chars
 */
char *
fv_text_shorten_middle (const char *text,
                        gsize       max_chars)
{
  const char *head_end, *tail;
  gsize head, n = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars >= 3, NULL);

  /* Counted only as far as the limit: the text may be megabytes. */
  for (const char *p = text; *p != '\0' && n <= max_chars; p = g_utf8_next_char (p))
    n++;
  if (n <= max_chars)
    return g_strdup (text);

  head = (max_chars - 1) / 2;
  head_end = g_utf8_offset_to_pointer (text, head);
  tail = text + strlen (text);
  for (gsize i = 0; i < max_chars - 1 - head; i++)
    tail = g_utf8_prev_char (tail);

  return g_strdup_printf ("%.*s…%s", (int) (head_end - text), text, tail);
}

/**
 * fv_text_is_blank:
 *
 * Returns: whether @text shows nothing: spaces of every kind (no-break ones
 *   among them), zero-width and other format characters, controls
 */
gboolean
fv_text_is_blank (const char *text)
{
  g_return_val_if_fail (text != NULL, TRUE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (!g_unichar_isspace (c) && type != G_UNICODE_FORMAT && type != G_UNICODE_CONTROL)
        return FALSE;
    }

  return TRUE;
}

/**
 * fv_web_address_is_valid:
 *
 * Returns: whether @url is an http or https address with a host, and
 *   nothing in it that would show one thing and open another: no spaces,
 *   controls, bidi or other format characters, no backslashes
 */
gboolean
fv_web_address_is_valid (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme, *host;

  g_return_val_if_fail (url != NULL, FALSE);

  for (const char *p = url; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || is_control (c) || c == '\\' ||
          g_unichar_type (c) == G_UNICODE_FORMAT)
        return FALSE;
    }

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         host != NULL && *host != '\0';
}

/**
 * fv_text_max_marks:
 *
 * Returns: the most combining marks any one character of @text carries
 */
guint
fv_text_max_marks (const char *text)
{
  guint run = 0, most = 0;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      run = g_unichar_ismark (g_utf8_get_char (p)) ? run + 1 : 0;
      most = MAX (most, run);
    }

  return most;
}

/**
 * fv_text_has_bidi_controls:
 *
 * Returns: whether @text holds a bidi embedding, override or isolate
 *   control, which reorders what follows it
 */
gboolean
fv_text_has_bidi_controls (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        return TRUE;
    }

  return FALSE;
}

