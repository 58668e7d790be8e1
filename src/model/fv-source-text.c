/* fv-source-text.c — the text a source was made from, in paragraphs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A source's text is plain text, its paragraphs separated by blank lines,
 * or a web page as a browser saves it. A page is read by libxml2's HTML
 * parser, which reads what browsers read (unclosed paragraphs, entities,
 * the page's own character set): its paragraphs are the text of its <p>
 * elements in document order, outside scripts, styles, navigation,
 * headers, footers and asides. Paragraphs are numbered from 1, as a
 * model's references number them, and kept in Unicode's composed form
 * (NFC), so that a quotation is compared with what a reader sees.
 * Reading costs time and memory in proportion to the file, which is at
 * most FV_SOURCE_TEXT_MAX_SIZE bytes.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "fv-file-read.h"
#include "fv-source-text.h"

struct _FvSourceText
{
  GPtrArray *paragraphs;  /* char *, NFC */
  char      *sha256;      /* of the file's bytes, in hex */
  GFile     *file;        /* read from, if it was: an export must not write there */
};

G_DEFINE_QUARK (fv-source-text-error-quark, fv_source_text_error)

static void
source_text_clear (gpointer data)
{
  FvSourceText *self = data;

  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_object (&self->file);
}

FvSourceText *
fv_source_text_ref (FvSourceText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
fv_source_text_unref (FvSourceText *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, source_text_clear);
}

/* A paragraph as it is kept: composed (NFC), no white space at either end;
 * NULL when nothing is left. */
static char *
paragraph_new (const char *text,
               gssize      length)
{
  g_autofree char *composed = g_utf8_normalize (text, length, G_NORMALIZE_NFC);

  if (composed == NULL)
    return NULL;
  g_strstrip (composed);
  if (composed[0] == '\0')
    return NULL;

  return g_steal_pointer (&composed);
}

static void
add_paragraph (GPtrArray  *paragraphs,
               const char *text,
               gssize      length)
{
  char *paragraph = paragraph_new (text, length);

  if (paragraph != NULL)
    g_ptr_array_add (paragraphs, paragraph);
}

static gboolean
blank_line (const char *line,
            const char *end)
{
  for (const char *p = line; p < end; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* Plain text: paragraphs are separated by blank lines; the lines of one
 * paragraph are joined with a space. */
static void
read_plain (const char *text,
            gsize       length,
            GPtrArray  *paragraphs)
{
  g_autoptr(GString) paragraph = g_string_new (NULL);
  const char *end = text + length;
  const char *line = text;

  while (line < end)
    {
      const char *eol = memchr (line, '\n', end - line);
      const char *next = eol != NULL ? eol + 1 : end;

      if (eol == NULL)
        eol = end;
      if (eol > line && eol[-1] == '\r')
        eol--;
      if (blank_line (line, eol))
        {
          add_paragraph (paragraphs, paragraph->str, paragraph->len);
          g_string_truncate (paragraph, 0);
        }
      else
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append_len (paragraph, line, eol - line);
        }
      line = next;
    }
  add_paragraph (paragraphs, paragraph->str, paragraph->len);
}

static gboolean
element_is (const xmlNode *node,
            const char    *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

/* What a reader of the page does not read as the article. */
static gboolean
skipped (const xmlNode *node)
{
  static const char * const names[] = {
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "head",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (element_is (node, names[i]))
      return TRUE;

  return FALSE;
}

/* HTML's white space (not the no-break space, which is text) as one
 * space, as a browser shows it. */
static void
append_collapsed (GString    *str,
                  const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          if (str->len > 0 && str->str[str->len - 1] != ' ')
            g_string_append_c (str, ' ');
        }
      else
        g_string_append_c (str, *p);
    }
}

/* The page's <p> elements, walked without recursion: a page nested
 * thousands of elements deep costs no stack. */
static void
read_html (const char *data,
           gsize       length,
           GPtrArray  *paragraphs)
{
  static gsize initialized = 0;
  /* A page that is valid UTF-8 is UTF-8, whatever it declares; otherwise
   * the parser takes the page's own declaration. */
  const char *encoding = g_utf8_validate (data, length, NULL) ? "UTF-8" : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  xmlDoc *doc;
  xmlNode *root;
  xmlNode *node;
  xmlNode *paragraph = NULL;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }

  doc = htmlReadMemory (data, (int) length, NULL, encoding,
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_RECOVER);
  if (doc == NULL)
    return;

  root = xmlDocGetRootElement (doc);
  node = root;
  while (node != NULL)
    {
      gboolean descend = TRUE;

      if (node->type == XML_ELEMENT_NODE)
        {
          if (skipped (node))
            descend = FALSE;
          else if (paragraph == NULL && element_is (node, "p"))
            {
              paragraph = node;
              g_string_truncate (text, 0);
            }
          else if (paragraph != NULL && element_is (node, "br"))
            append_collapsed (text, " ");
        }
      else if (paragraph != NULL && node->content != NULL &&
               (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE))
        append_collapsed (text, (const char *) node->content);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      /* Leave the node, and each parent it is the last child of. */
      for (;;)
        {
          if (node == paragraph)
            {
              add_paragraph (paragraphs, text->str, text->len);
              paragraph = NULL;
            }
          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
        }
    }

  xmlFreeDoc (doc);
}

/**
 * fv_source_text_looks_like_html:
 * @bytes: a file's bytes
 * @name: (nullable): its name
 *
 * Returns: whether the file is a web page: its name ends in .html or
 *   .htm, or its text begins with a tag
 */
gboolean
fv_source_text_looks_like_html (GBytes     *bytes,
                                const char *name)
{
  gsize length;
  const char *data;
  gsize i = 0;

  g_return_val_if_fail (bytes != NULL, FALSE);

  if (name != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ||
          g_str_has_suffix (lower, ".xhtml"))
        return TRUE;
    }

  data = g_bytes_get_data (bytes, &length);
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return i + 1 < length && data[i] == '<' &&
         (data[i + 1] == '!' || g_ascii_isalpha (data[i + 1]));
}

/**
 * fv_source_text_new_from_bytes:
 * @bytes: the text, at most FV_SOURCE_TEXT_MAX_SIZE bytes
 * @html: whether it is a web page
 *
 * Returns: (transfer full) (nullable): the text's paragraphs; NULL, with
 *   @error set, for a text too large, plain text that is not UTF-8, or a
 *   text without a paragraph
 */
FvSourceText *
fv_source_text_new_from_bytes (GBytes   *bytes,
                               gboolean  html,
                               GError  **error)
{
  g_autoptr(FvSourceText) self = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length > FV_SOURCE_TEXT_MAX_SIZE)
    {
      g_set_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_TOO_LARGE,
                   _("The file is larger than a source’s text can be (%u MiB)"),
                   FV_SOURCE_TEXT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  self = g_atomic_rc_box_new0 (FvSourceText);
  self->paragraphs = g_ptr_array_new_with_free_func (g_free);
  self->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  if (html)
    read_html (data != NULL ? data : "", length, self->paragraphs);
  else
    {
      const char *bad = NULL;

      if (!g_utf8_validate (data != NULL ? data : "", length, &bad))
        {
          g_set_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NOT_UTF8,
                       _("The text is not UTF-8 (byte %zu)"), (gsize) (bad - data) + 1);
          return NULL;
        }
      if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
        read_plain (data + 3, length - 3, self->paragraphs);
      else
        read_plain (data != NULL ? data : "", length, self->paragraphs);
    }

  if (self->paragraphs->len == 0)
    {
      g_set_error_literal (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NO_PARAGRAPHS,
                           html ? _("The page has no paragraph (no <p> element) outside its navigation, header and footer")
                                : _("The text has no paragraph"));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * fv_source_text_new_from_file:
 *
 * Reads at most FV_SOURCE_TEXT_MAX_SIZE + 1 bytes of a regular file, so
 * that /dev/zero or a file that grows cannot take all memory. A web page
 * is told by its name or its first characters.
 *
 * Returns: (transfer full) (nullable): the file's paragraphs, or NULL with
 *   @error set
 */
FvSourceText *
fv_source_text_new_from_file (GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  FvSourceText *text;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  switch (fv_file_read_bounded (file, FV_SOURCE_TEXT_MAX_SIZE, cancellable, &bytes, error))
    {
    case FV_FILE_READ_OK:
      break;
    case FV_FILE_READ_FAILED:
      return NULL;
    case FV_FILE_READ_FOLDER:
      g_set_error_literal (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NOT_REGULAR,
                           _("This is a folder, not a text file"));
      return NULL;
    case FV_FILE_READ_NOT_REGULAR:
      g_set_error_literal (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_NOT_REGULAR,
                           _("This is not a regular file"));
      return NULL;
    case FV_FILE_READ_TOO_LARGE:
    default:
      g_set_error (error, FV_SOURCE_TEXT_ERROR, FV_SOURCE_TEXT_ERROR_TOO_LARGE,
                   _("The file is larger than a source’s text can be (%u MiB)"),
                   FV_SOURCE_TEXT_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  name = g_file_get_basename (file);
  text = fv_source_text_new_from_bytes (bytes, fv_source_text_looks_like_html (bytes, name), error);
  if (text != NULL)
    text->file = g_object_ref (file);
  return text;
}

/**
 * fv_source_text_get_file:
 *
 * Returns: (transfer none) (nullable): the file the text was read from,
 *   which an export must not write over; NULL for a text given as bytes
 */
GFile *
fv_source_text_get_file (const FvSourceText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->file;
}

guint
fv_source_text_get_n_paragraphs (const FvSourceText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->paragraphs->len;
}

/**
 * fv_source_text_get_paragraph:
 * @number: a paragraph's number, from 1
 *
 * Returns: (nullable): the paragraph, NFC; NULL past the last
 */
const char *
fv_source_text_get_paragraph (const FvSourceText *self,
                              guint               number)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (number == 0 || number > self->paragraphs->len)
    return NULL;

  return g_ptr_array_index (self->paragraphs, number - 1);
}

/**
 * fv_source_text_get_sha256:
 *
 * Returns: the SHA-256 digest of the file's bytes, in hexadecimal, for a
 *   report to say which text it checked
 */
const char *
fv_source_text_get_sha256 (const FvSourceText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->sha256;
}
