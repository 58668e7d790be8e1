/* fv-text-reader.c — a text a person reads, in the model's languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A text is a string in the model's own language or an object of
 * language tags to strings; a quotation's translation an object only.
 * Titles, names and labels have a bound of their own and may hold no bidi
 * controls. The typed reading under it is fv-json-reader.c's.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-format.h"
#include "fv-json-reader.h"
#include "fv-language.h"

/* A string of at most MAX_CHARS characters (FV_MODEL_MAX_TEXT for all). */
static const char *
fv_reader_as_bounded_string (FvReader *r,
                             JsonNode *node,
                             glong     max_chars)
{
  const char *str = fv_reader_as_string (r, node);

  if (str != NULL && max_chars < FV_MODEL_MAX_TEXT && g_utf8_strlen (str, -1) > max_chars)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                         _("A title, name or label is longer than %ld characters"), max_chars);
      return NULL;
    }
  return str;
}

/* A text a person reads: a string in the model's language, or an object of
 * language tags to strings that has the model's language among them. */
static void
fv_reader_read_text_node (FvReader *r,
                          JsonNode *node,
                          gboolean  translation_only,
                          glong     max_chars,
                          FvText   *text)
{
  g_autoptr(GHashTable) tags = NULL;
  JsonObjectIter iter;
  JsonObject *object;
  guint n = 0, i = 0;
  FvTranslation *translations;
  const char *tag;
  JsonNode *member;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text->original = fv_reader_copy (r, fv_reader_as_bounded_string (r, node, max_chars));
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fv_reader_wrong_type (r, node, _("a string or an object of translations"));
      return;
    }

  object = json_node_get_object (node);
  n = json_object_get_size (object);
  /* Checking which languages each text lacks costs texts × languages: the
   * model's own and at most FV_MODEL_MAX_LANGUAGES others. */
  if (n > FV_MODEL_MAX_LANGUAGES + 1)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                         _("This text is given in %u languages: at most %d besides the model’s"),
                         n, FV_MODEL_MAX_LANGUAGES);
      return;
    }
  translations = fv_model_new0 (r->model, FvTranslation, n);
  /* Tags are compared without case: "en" and "EN" are one language. */
  tags = g_hash_table_new (fv_language_hash, fv_language_equal);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &tag, &member))
    {
      gsize len = fv_reader_push_member (r, tag);
      const char *value = NULL;

      if (!fv_language_tag_is_valid (tag))
        {
          fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                             _("“%s” is not a language tag such as “en” or “pt-BR”"),
                             fv_reader_quote (r, tag));
        }
      else if (!g_hash_table_add (tags, (gpointer) tag))
        fv_reader_problem (r, FV_MODEL_ERROR_DUPLICATE_KEY,
                           _("“%s” is a language this text is given in already"), tag);
      else if (translation_only && r->model->language != NULL &&
               g_ascii_strcasecmp (tag, r->model->language) == 0)
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                           _("The words that were said are in “%s” already: a translation is into "
                             "another language"), tag);
      else
        value = fv_reader_copy (r, fv_reader_as_bounded_string (r, member, max_chars));

      if (value != NULL)
        {
          if (!translation_only && r->model->language != NULL &&
              g_ascii_strcasecmp (tag, r->model->language) == 0)
            text->original = value;
          else if (g_hash_table_size (r->languages) >= FV_MODEL_MAX_LANGUAGES &&
                   !g_hash_table_contains (r->languages, tag))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("The model’s texts are in %d other languages already: at most "
                                 "%d"), FV_MODEL_MAX_LANGUAGES, FV_MODEL_MAX_LANGUAGES);
          else
            {
              g_hash_table_add (r->languages, (gpointer) fv_reader_copy (r, tag));
              translations[i].language = fv_reader_copy (r, tag);
              translations[i].value = value;
              i++;
            }
        }

      fv_reader_pop (r, len);
    }

  text->translations = translations;
  text->n_translations = i;

  if (!translation_only && text->original == NULL && r->model->language != NULL)
    fv_reader_problem (r, FV_MODEL_ERROR_MISSING,
                       _("This text has no “%s” version, the model’s own language"),
                       r->model->language);
}

/* Texts that name or head something, shown on one line: a title, a name,
 * a label. */
static gboolean
is_title (const char *name)
{
  static const char *titles[] = {
    "title", "subtitle", "name", "label", "role", "place", "source_line", NULL
  };

  return g_strv_contains (titles, name);
}

gboolean
fv_reader_read_text (FvReader   *r,
                     JsonObject *object,
                     const char *name,
                     gboolean    required,
                     FvText     *text)
{
  JsonNode *node = fv_reader_get_member (r, object, name, required);
  gsize len;

  if (node == NULL)
    return FALSE;

  len = fv_reader_push_member (r, name);
  fv_reader_read_text_node (r, node, FALSE, is_title (name) ? FV_MODEL_MAX_TITLE : FV_MODEL_MAX_TEXT,
                            text);

  /* A right-to-left override in a name or title shows "gnp.exe" as
   * "exe.png": names and titles are shown as they are written. */
  if (g_str_equal (name, "name") || g_str_equal (name, "title") || g_str_equal (name, "label"))
    {
      gboolean bidi = text->original != NULL && fv_text_has_bidi_controls (text->original);

      for (guint i = 0; i < text->n_translations; i++)
        bidi |= fv_text_has_bidi_controls (text->translations[i].value);
      if (bidi)
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                           _("A name or title may not hold bidi embedding, override or isolate "
                             "controls (U+202A to U+202E, U+2066 to U+2069)"));
    }
  fv_reader_pop (r, len);

  return text->original != NULL;
}

/* The translations of a quotation: an object of language tags only, since
 * the quotation itself is in the words that were said, whatever language
 * they were said in. */
void
fv_reader_read_translation (FvReader   *r,
                            JsonObject *object,
                            FvText     *text)
{
  JsonNode *node = fv_reader_get_member (r, object, "translation", FALSE);
  gsize len;

  if (node == NULL)
    return;

  len = fv_reader_push_member (r, "translation");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    fv_reader_wrong_type (r, node, _("an object of translations"));
  else
    fv_reader_read_text_node (r, node, TRUE, FV_MODEL_MAX_TEXT, text);
  fv_reader_pop (r, len);
}
