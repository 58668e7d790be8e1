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

/* A BCP 47 tag of the form the fact model takes: "en", "pt-BR", "zh-Hant". */
gboolean
fv_language_tag_is_valid (const char *tag)
{
  gsize i = 0, part = 0;

  /* Primary subtag of 2 or 3 letters, then subtags of 1 to 8 alphanumerics. */
  while (g_ascii_isalpha (tag[i]))
    i++;
  if (i < 2 || i > 3)
    return FALSE;

  while (tag[i] == '-')
    {
      i++;
      part = 0;
      while (g_ascii_isalnum (tag[i]))
        i++, part++;
      if (part < 1 || part > 8)
        return FALSE;
    }

  return tag[i] == '\0';
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

  if (languages == NULL)
    languages = g_get_language_names ();

  /* "pt_BR" also means "pt" after it, as gettext reads it. */
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *tag = fv_language_normalize (languages[i]);

      while (tag != NULL)
        {
          char *dash = strrchr (tag, '-');
          gboolean seen = FALSE;

          for (guint j = 0; j < preferred->len; j++)
            seen |= g_str_equal (g_ptr_array_index (preferred, j), tag);
          if (!seen)
            g_ptr_array_add (preferred, g_strdup (tag));

          if (dash == NULL)
            break;
          *dash = '\0';
        }
    }
  g_ptr_array_add (preferred, NULL);
  g_ptr_array_set_free_func (preferred, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&preferred), FALSE);
}
