/* fv-language.c — language tags, and the languages a reader reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fv-language.h"

/* "es_ES.UTF-8@euro" → "es-es"; NULL for "C" and "POSIX". */
char *
fv_language_normalize (const char *tag)
{
  GString *str;

  if (tag == NULL || strcmp (tag, "C") == 0 || strcmp (tag, "POSIX") == 0 ||
      g_str_has_prefix (tag, "C."))
    return NULL;

  str = g_string_new (NULL);
  for (const char *p = tag; *p != '\0' && *p != '.' && *p != '@'; p++)
    g_string_append_c (str, *p == '_' ? '-' : g_ascii_tolower (*p));

  if (str->len == 0)
    {
      g_string_free (str, TRUE);
      return NULL;
    }

  return g_string_free (str, FALSE);
}

guint
fv_language_hash (gconstpointer tag)
{
  guint hash = 5381;

  for (const char *p = tag; *p != '\0'; p++)
    hash = hash * 33 + g_ascii_tolower (*p);
  return hash;
}

gboolean
fv_language_equal (gconstpointer a,
                   gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

/* A BCP 47 tag of the form the fact model takes: "en", "pt-BR", "zh-Hant";
 * at most FV_LANGUAGE_TAG_MAX characters, the length RFC 5646 (4.4.1) asks
 * every program to take. */
gboolean
fv_language_tag_is_valid (const char *tag)
{
  gsize i = 0, part = 0;

  g_return_val_if_fail (tag != NULL, FALSE);

  /* Primary subtag of 2 or 3 letters, then subtags of 1 to 8 alphanumerics. */
  while (g_ascii_isalpha (tag[i]))
    i++;
  if (i < 2 || i > 3)
    return FALSE;

  while (tag[i] == '-' && i < FV_LANGUAGE_TAG_MAX)
    {
      i++;
      part = 0;
      while (g_ascii_isalnum (tag[i]))
        i++, part++;
      if (part < 1 || part > 8)
        return FALSE;
    }

  return tag[i] == '\0' && i <= FV_LANGUAGE_TAG_MAX;
}

/**
 * fv_languages_new:
 * @languages: (nullable): a reader's languages, best first, as locale names
 *   ("es_ES.UTF-8") or language tags ("es-ES"); %NULL for the locale's, from
 *   g_get_language_names()
 *
 * Returns: (transfer full): the same as normalised language tags, each
 *   followed by its more general forms ("es-es", "es"), without "C": what
 *   fv_model_text() takes
 */
char **
fv_languages_new (const char * const *languages)
{
  g_autoptr(GPtrArray) preferred = g_ptr_array_new_with_free_func (g_free);
  /* Each tag once: comparing each with all before it was quadratic. */
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (languages == NULL)
    languages = g_get_language_names ();

  /* "pt_BR" also means "pt" after it, as gettext reads it. A name longer
   * than a tag can be is no language: each of its shorter forms would be
   * copied, which was cubic in its length (12 KB took seconds). */
  for (guint i = 0; languages[i] != NULL && preferred->len < FV_LANGUAGES_MAX; i++)
    {
      g_autofree char *tag = NULL;

      if (strlen (languages[i]) > FV_LANGUAGE_NAME_MAX)
        continue;
      tag = fv_language_normalize (languages[i]);
      /* A language begins with its letters: "_U" is none. */
      if (tag == NULL || strlen (tag) > FV_LANGUAGE_TAG_MAX || !g_ascii_isalpha (*tag))
        continue;

      for (;;)
        {
          char *dash = strrchr (tag, '-');

          if (preferred->len == FV_LANGUAGES_MAX)
            break;
          if (!g_hash_table_contains (seen, tag))
            {
              char *copy = g_strdup (tag);

              g_ptr_array_add (preferred, copy);
              g_hash_table_add (seen, copy);
            }

          if (dash == NULL)
            break;
          *dash = '\0';
        }
    }
  g_ptr_array_add (preferred, NULL);
  g_ptr_array_set_free_func (preferred, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&preferred), FALSE);
}

/**
 * fv_language_list_bound:
 * @value: a list of locale names separated by colons, as `LANGUAGE` is
 *
 * gettext walks `LANGUAGE` at every message it looks up, and the C
 * library compares each of its parts with all those it tried before: 5,000
 * parts took seconds before the window showed. A person lists a few
 * languages in order of preference; past FV_LANGUAGES_MAX parts, or a part
 * longer than any locale name, nothing is meant.
 *
 * Returns: (transfer full): @value's first FV_LANGUAGES_MAX parts that are
 *   not empty and at most FV_LANGUAGE_NAME_MAX bytes long, joined by colons
 */
char *
fv_language_list_bound (const char *value)
{
  GString *bounded;
  guint n = 0;

  g_return_val_if_fail (value != NULL, NULL);

  bounded = g_string_new (NULL);
  for (const char *part = value; *part != '\0' && n < FV_LANGUAGES_MAX;)
    {
      const char *colon = strchr (part, ':');
      const char *end = colon != NULL ? colon : part + strlen (part);
      gsize len = end - part;

      if (len > 0 && len <= FV_LANGUAGE_NAME_MAX)
        {
          if (n++ > 0)
            g_string_append_c (bounded, ':');
          g_string_append_len (bounded, part, len);
        }
      part = *end == ':' ? end + 1 : end;
    }

  return g_string_free (bounded, FALSE);
}

/* How a language marks words left out of a quotation, between the parts of
 * one the story interrupts ("…," she said, "…"). The quotation's language
 * decides, not the reader's: an English quotation keeps English marks in a
 * Polish window. Brackets around an ellipsis in most languages written in
 * Latin script (Chicago Manual of Style, 13.53; Real Academia Española,
 * Ortografía 3.4.7.2); round brackets in Polish press usage; angle
 * brackets in Russian (GOST R 7.0.5-2008). */
const char *
fv_language_quotation_gap (const char *tag)
{
  static const struct
  {
    const char *primary;
    const char *gap;
  } marks[] = {
    { "pl", " (…) " },
    { "ru", " <…> " },
  };

  for (guint i = 0; tag != NULL && i < G_N_ELEMENTS (marks); i++)
    {
      gsize n = strlen (marks[i].primary);

      if (g_ascii_strncasecmp (tag, marks[i].primary, n) == 0 &&
          (tag[n] == '\0' || tag[n] == '-' || tag[n] == '_'))
        return marks[i].gap;
    }
  return " […] ";
}
