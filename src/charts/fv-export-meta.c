/* fv-export-meta.c — what an exported file says of itself: title, description, source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart leaves the application as a picture; the words it shows are
 * pixels (PNG) or glyph outlines (cairo's SVG), which neither a screen
 * reader nor a search engine reads. So each file carries them in its
 * format's own way: a PNG as text chunks after its header, an SVG as
 * <title> and <desc> first in its root element, a PDF as its document
 * information. Cairo has no API for the first two: they are put into the
 * bytes cairo writes, on their way to the file.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>

#include "fv-export-meta.h"
#include "fv-format.h"
#include "fv-i18n.h"

/* The actors of a chart's facts, named in its keywords: a few, not a list. */
#define MAX_KEYWORDS 12

/* The time the file says it was made: now, or SOURCE_DATE_EPOCH's, so that
 * the same chart exported twice makes the same bytes
 * (reproducible-builds.org/specs/source-date-epoch). */
static GDateTime *
creation_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    {
      GDateTime *dt = g_date_time_new_from_unix_utc ((gint64) seconds);

      if (dt != NULL)
        return dt;
    }
  return g_date_time_new_now_utc ();
}

/* RFC 1123 as PNG's "Creation Time" asks: English names whatever the
 * locale, which g_date_time_format()'s %a and %b would translate. */
static char *
format_rfc1123 (GDateTime *dt)
{
  static const char days[7][4] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

  return g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d GMT",
                          days[g_date_time_get_day_of_week (dt) - 1],
                          g_date_time_get_day_of_month (dt),
                          months[g_date_time_get_month (dt) - 1], g_date_time_get_year (dt),
                          g_date_time_get_hour (dt), g_date_time_get_minute (dt),
                          g_date_time_get_second (dt));
}

static void
add_actor (GPtrArray          *names,
           GHashTable         *seen,
           FvModel            *model,
           const FvActor      *actor,
           const char * const *languages)
{
  const char *name;

  if (actor == NULL || names->len >= MAX_KEYWORDS || !g_hash_table_add (seen, (gpointer) actor))
    return;
  name = fv_model_text (model, &actor->name, languages);
  if (name != NULL)
    g_ptr_array_add (names, (gpointer) name);
}

static char *
join_keywords (GPtrArray *names)
{
  g_ptr_array_add (names, NULL);
  /* translators: separates the keywords of an exported file */
  return g_strjoinv (FV_TR_(", "), (char **) names->pdata);
}

static void
init_common (FvExportMeta *meta)
{
  g_autoptr(GDateTime) dt = creation_time ();

  meta->software = g_strdup ("Fact Viewer " PACKAGE_VERSION);
  meta->created = format_rfc1123 (dt);
  meta->created_iso = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * fv_export_meta_init:
 * @languages: (nullable): the reader's, from fv_languages_new()
 *
 * Gathers what a file of @chart says of itself, in @languages. Free with
 * fv_export_meta_clear().
 */
void
fv_export_meta_init (FvExportMeta       *meta,
                     FvModel            *model,
                     const FvChart      *chart,
                     const char * const *languages)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_return_if_fail (meta != NULL);
  g_return_if_fail (FV_IS_MODEL (model));
  g_return_if_fail (chart != NULL);
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  memset (meta, 0, sizeof *meta);
  meta->title = g_strdup (fv_model_text_in (model, &chart->title,
                                            fv_chart_get_language (model, chart, languages)));
  meta->description = fv_chart_describe (model, chart, languages);
  meta->source = fv_chart_get_source_line (model, chart, languages);

  for (guint l = 0; l < chart->n_lanes; l++)
    for (guint i = 0; i < chart->lanes[l].n_events; i++)
      {
        const FvEvent *event = chart->lanes[l].events[i];

        for (guint a = 0; a < event->n_actors; a++)
          add_actor (names, seen, model, event->actors[a], languages);
      }
  for (guint i = 0; i < chart->n_figures; i++)
    add_actor (names, seen, model, chart->figures[i]->actor, languages);
  meta->keywords = join_keywords (names);
  init_common (meta);
}

/**
 * fv_export_meta_init_sheet:
 *
 * As fv_export_meta_init(), for the fact sheet of the whole @model: its
 * title, its summary, the actors of the story.
 */
void
fv_export_meta_init_sheet (FvExportMeta       *meta,
                           FvModel            *model,
                           const char * const *languages)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_return_if_fail (meta != NULL);
  g_return_if_fail (FV_IS_MODEL (model));
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  memset (meta, 0, sizeof *meta);
  meta->title = g_strdup (fv_model_text (model, fv_model_get_title (model), languages));
  meta->description = g_strdup (fv_model_text (model, fv_model_get_summary (model), languages));
  for (guint i = 0; i < fv_model_get_n_actors (model); i++)
    add_actor (names, seen, model, fv_model_get_actor (model, i), languages);
  meta->keywords = join_keywords (names);
  init_common (meta);
}

void
fv_export_meta_clear (FvExportMeta *meta)
{
  g_return_if_fail (meta != NULL);

  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->description, g_free);
  g_clear_pointer (&meta->source, g_free);
  g_clear_pointer (&meta->keywords, g_free);
  g_clear_pointer (&meta->software, g_free);
  g_clear_pointer (&meta->created, g_free);
  g_clear_pointer (&meta->created_iso, g_free);
}

static void
set_pdf (cairo_surface_t     *surface,
         cairo_pdf_metadata_t what,
         const char          *value)
{
  if (value != NULL && *value != '\0')
    cairo_pdf_surface_set_metadata (surface, what, value);
}

/**
 * fv_export_meta_set_pdf:
 *
 * Gives a PDF surface the document information: Title, Subject (the
 * description), Keywords, Creator, and the creation date when
 * SOURCE_DATE_EPOCH sets it (cairo writes the current time otherwise).
 */
void
fv_export_meta_set_pdf (const FvExportMeta *meta,
                        cairo_surface_t    *surface)
{
  g_return_if_fail (meta != NULL);

  set_pdf (surface, CAIRO_PDF_METADATA_TITLE, meta->title);
  set_pdf (surface, CAIRO_PDF_METADATA_SUBJECT, meta->description);
  set_pdf (surface, CAIRO_PDF_METADATA_KEYWORDS, meta->keywords);
  set_pdf (surface, CAIRO_PDF_METADATA_CREATOR, meta->software);
  if (g_getenv ("SOURCE_DATE_EPOCH") != NULL)
    set_pdf (surface, CAIRO_PDF_METADATA_CREATE_DATE, meta->created_iso);
}

/* PNG's CRC-32 (ISO 3309, as zlib's crc32()), bit by bit: a few hundred
 * bytes of text a file, not worth a table or a library. */
static guint32
png_crc (guint32       crc,
         const guchar *data,
         gsize         length)
{
  crc = ~crc;
  for (gsize i = 0; i < length; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    }
  return ~crc;
}

static void
put_be32 (GByteArray *out,
          guint32     value)
{
  guchar bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, bytes, 4);
}

/* Text as PNG allows it: no control characters but the line feed. */
static char *
png_plain (const char *text)
{
  char *plain = g_strdup (text);

  for (char *p = plain; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\n')
      *p = ' ';
  return plain;
}

/* A tEXt chunk when TEXT is all Latin-1 (what tEXt holds), an iTXt one
 * (UTF-8) when it is not. */
static void
add_text_chunk (GByteArray *out,
                const char *keyword,
                const char *text)
{
  g_autofree char *plain = NULL;
  g_autofree char *latin1 = NULL;
  g_autoptr(GByteArray) body = g_byte_array_new ();
  const char *type;
  gsize latin1_length = 0;
  guint start;

  if (text == NULL || *text == '\0')
    return;
  plain = png_plain (text);
  latin1 = g_convert (plain, -1, "ISO-8859-1", "UTF-8", NULL, &latin1_length, NULL);

  g_byte_array_append (body, (const guchar *) keyword, strlen (keyword) + 1);
  if (latin1 != NULL)
    {
      type = "tEXt";
      g_byte_array_append (body, (const guchar *) latin1, latin1_length);
    }
  else
    {
      /* Not compressed; no language tag (the text may be the model's
       * original where a translation lacks); no translated keyword. */
      static const guchar flags[4] = { 0, 0, 0, 0 };

      type = "iTXt";
      g_byte_array_append (body, flags, sizeof flags);
      g_byte_array_append (body, (const guchar *) plain, strlen (plain));
    }

  put_be32 (out, body->len);
  start = out->len;
  g_byte_array_append (out, (const guchar *) type, 4);
  g_byte_array_append (out, body->data, body->len);
  put_be32 (out, png_crc (0, out->data + start, out->len - start));
}

/* XML text: escaped, without the control characters XML 1.0 forbids. */
static void
append_xml_text (GString    *out,
                 const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      default:
        if ((guchar) *p >= 0x20 || *p == '\n' || *p == '\t')
          g_string_append_c (out, *p);
        else
          g_string_append_c (out, ' ');
      }
}

void
fv_meta_filter_init (FvMetaFilter       *filter,
                     const FvExportMeta *meta,
                     gboolean            svg,
                     cairo_write_func_t  write,
                     void               *closure)
{
  g_return_if_fail (filter != NULL && meta != NULL && write != NULL);

  filter->meta = meta;
  filter->svg = svg;
  filter->write = write;
  filter->closure = closure;
  filter->held = g_byte_array_new ();
  filter->done = FALSE;
}

/* A PNG's signature and IHDR: 8 bytes, then 4 of length, 4 of type, 13 of
 * data and 4 of CRC. The text chunks go right after it, where a reader
 * that stops early still finds them. */
#define PNG_HEAD 33

static gssize
png_place (FvMetaFilter *filter,
           GByteArray   *insert)
{
  static const guchar signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  const guchar *head = filter->held->data;

  if (filter->held->len < PNG_HEAD)
    return -1;
  /* Not the PNG expected: left as it is. */
  if (memcmp (head, signature, 8) != 0 || memcmp (head + 8, "\0\0\0\x0dIHDR", 8) != 0)
    return 0;

  add_text_chunk (insert, "Title", filter->meta->title);
  add_text_chunk (insert, "Description", filter->meta->description);
  add_text_chunk (insert, "Source", filter->meta->source);
  add_text_chunk (insert, "Software", filter->meta->software);
  add_text_chunk (insert, "Creation Time", filter->meta->created);
  return PNG_HEAD;
}

/* The end of the root element's start tag, "<svg …>": cairo writes the
 * XML declaration first, and no ">" inside an attribute, but quotes are
 * respected all the same. */
static gssize
svg_root_end (const guchar *data,
              gsize         length)
{
  const guchar *root = NULL;
  char quote = 0;

  for (gsize i = 0; i + 4 <= length; i++)
    if (memcmp (data + i, "<svg", 4) == 0)
      {
        root = data + i + 4;
        break;
      }
  if (root == NULL)
    return -1;
  for (const guchar *p = root; p < data + length; p++)
    {
      if (quote != 0)
        quote = *p == quote ? 0 : quote;
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '>')
        return p - data;
    }
  return -1;
}

static gssize
svg_place (FvMetaFilter *filter,
           GByteArray   *insert)
{
  g_autoptr(GString) tags = g_string_new (NULL);
  gssize end = svg_root_end (filter->held->data, filter->held->len);

  if (end < 0)
    return -1;
  /* A root that closes itself ("<svg/>") has no room for children. */
  if (end == 0 || filter->held->data[end - 1] == '/')
    return 0;

  /* Named by its title and described by its description, as the window's
   * chart view is for a screen reader. */
  g_string_append (tags, " role=\"img\" aria-labelledby=\"fv-chart-title\"");
  if (filter->meta->description != NULL)
    g_string_append (tags, " aria-describedby=\"fv-chart-desc\"");
  g_string_append (tags, ">\n<title id=\"fv-chart-title\">");
  append_xml_text (tags, filter->meta->title);
  g_string_append (tags, "</title>\n");
  if (filter->meta->description != NULL)
    {
      g_string_append (tags, "<desc id=\"fv-chart-desc\">");
      append_xml_text (tags, filter->meta->description);
      if (filter->meta->source != NULL)
        {
          g_string_append_c (tags, '\n');
          append_xml_text (tags, filter->meta->source);
        }
      g_string_append (tags, "</desc>\n");
    }
  g_byte_array_append (insert, (const guchar *) tags->str, tags->len);
  /* The ">" is in what is inserted: the attributes go before it. */
  g_byte_array_remove_index (filter->held, end);
  return end;
}

/* Writes what is held with INSERT at AT, and lets the rest through. */
static cairo_status_t
release (FvMetaFilter *filter,
         GByteArray   *insert,
         gsize         at)
{
  GByteArray *held = filter->held;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  filter->done = TRUE;
  if (at > 0)
    status = filter->write (filter->closure, held->data, at);
  if (status == CAIRO_STATUS_SUCCESS && insert != NULL && insert->len > 0)
    status = filter->write (filter->closure, insert->data, insert->len);
  if (status == CAIRO_STATUS_SUCCESS && held->len > at)
    status = filter->write (filter->closure, held->data + at, held->len - at);
  g_byte_array_set_size (held, 0);
  return status;
}

/* The most held while looking for the place: cairo's SVG root comes
 * within the first few hundred bytes. */
#define MAX_HELD 65536

/**
 * fv_meta_filter_write:
 * @filter: an #FvMetaFilter, as a cairo_write_func_t's closure
 *
 * Returns: what the writer below said
 */
cairo_status_t
fv_meta_filter_write (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  FvMetaFilter *filter = closure;
  g_autoptr(GByteArray) insert = NULL;
  gssize at;

  if (filter->done)
    return filter->write (filter->closure, data, length);

  g_byte_array_append (filter->held, data, length);
  insert = g_byte_array_new ();
  at = filter->svg ? svg_place (filter, insert) : png_place (filter, insert);
  if (at < 0 && filter->held->len < MAX_HELD)
    return CAIRO_STATUS_SUCCESS;
  return release (filter, insert, MAX (at, 0));
}

/**
 * fv_meta_filter_finish:
 *
 * Writes anything still held (a file too short to have had its place) and
 * frees what @filter took.
 */
cairo_status_t
fv_meta_filter_finish (FvMetaFilter *filter)
{
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  g_return_val_if_fail (filter != NULL, CAIRO_STATUS_NULL_POINTER);

  if (filter->held == NULL)
    return status;
  if (!filter->done)
    status = release (filter, NULL, 0);
  g_clear_pointer (&filter->held, g_byte_array_unref);
  return status;
}
