/* fv-i18n.c — Fact Viewer's own words in the language of what they go with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gettext gives a process one language: the interface's. A chart or a fact
 * sheet in another content language would then mix two ("Source:" beside
 * "Fuente: el artículo", "Jan" under Spanish titles). gettext has no call
 * that takes a language; LANGUAGE is one variable for all threads, and the
 * window draws charts and exports them in workers at once; uselocale()
 * needs the content language's locale installed, which a reader's system
 * seldom has. So for those words only, in the thread that draws, this
 * reads Fact Viewer's own catalogue of that language (the .mo file gettext
 * would read, found where bindtextdomain() put it), and leaves everything
 * else to gettext. Where no language is pushed, or it is the interface's,
 * it is gettext all the way.
 *
 * A .mo file is a sorted table of messages and their translations (GNU
 * gettext's manual, "The Format of GNU MO Files"); the plural forms are
 * chosen by the C expression of its Plural-Forms header, which
 * fv_i18n_plural_eval() evaluates.
 */
#include "config.h"

#include <string.h>

#include "fv-i18n.h"
#include "fv-language.h"

#define MO_MAGIC         0x950412de
#define MO_MAGIC_SWAPPED 0xde120495

typedef struct
{
  GMappedFile *file;    /* NULL: no catalogue for the language */
  const guint8 *data;
  gsize         size;
  gboolean      swapped;
  guint32       n;
  guint32       originals, translations;
  char         *plural;  /* the Plural-Forms expression, or NULL */
  gulong        n_plurals;
} Catalog;

static GPrivate pushed = G_PRIVATE_INIT (g_free);

/* The interface's language, as gettext reads it: its primary subtag. */
static char *
interface_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *tag = fv_language_normalize (names[i]);

      if (tag != NULL)
        {
          char *dash = strchr (tag, '-');

          if (dash != NULL)
            *dash = '\0';
          return g_steal_pointer (&tag);
        }
    }
  return g_strdup ("en");
}

static gboolean
same_primary (const char *a,
              const char *b)
{
  gsize la = strcspn (a, "-_"), lb = strcspn (b, "-_");

  return la == lb && g_ascii_strncasecmp (a, b, la) == 0;
}

/**
 * fv_i18n_push_language:
 * @language: (nullable): a language tag ("es", "pt-BR"), or %NULL for the
 *   interface's
 *
 * Fact Viewer's words in this thread follow @language from now on. What
 * is kept is decided here, once: the language when it is not the
 * interface's, else none, so that each message looked up after does not
 * ask again.
 *
 * Returns: (transfer full) (nullable): what was kept before, for
 *   fv_i18n_pop_language()
 */
char *
fv_i18n_push_language (const char *language)
{
  char *previous = g_strdup (g_private_get (&pushed));
  char *kept = NULL;

  if (language != NULL && *language != '\0')
    {
      g_autofree char *interface = interface_language ();

      if (!same_primary (language, interface))
        kept = g_strdup (language);
    }
  g_private_replace (&pushed, kept);
  return previous;
}

void
fv_i18n_pop_language (char *previous)
{
  g_private_replace (&pushed, previous);
}

/* The language pushed in this thread when it is not the interface's. */
static const char *
pushed_language (void)
{
  return g_private_get (&pushed);
}

/**
 * fv_i18n_overridden:
 *
 * Returns: whether this thread's words follow another language than the
 *   interface's
 */
gboolean
fv_i18n_overridden (void)
{
  return pushed_language () != NULL;
}

static guint32
read_u32 (const Catalog *catalog,
          gsize          offset)
{
  guint32 value;

  if (offset + 4 > catalog->size)
    return 0;
  memcpy (&value, catalog->data + offset, 4);
  return catalog->swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* String I of the table at TABLE, with its length, or NULL when the file
 * says something that is not in it. */
static const char *
table_string (const Catalog *catalog,
              guint32        table,
              guint32        i,
              guint32       *length)
{
  guint32 len = read_u32 (catalog, table + (gsize) i * 8);
  guint32 offset = read_u32 (catalog, table + (gsize) i * 8 + 4);

  if ((gsize) offset + len >= catalog->size || catalog->data[offset + len] != '\0')
    return NULL;
  *length = len;
  return (const char *) catalog->data + offset;
}

/* The translation of KEY ("context\004msgid" or "msgid"), or NULL. */
static const char *
catalog_lookup (const Catalog *catalog,
                const char    *key,
                guint32       *length)
{
  guint32 lo = 0, hi = catalog->n;

  if (catalog->file == NULL)
    return NULL;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2, len;
      const char *original = table_string (catalog, catalog->originals, mid, &len);
      int cmp;

      if (original == NULL)
        return NULL;
      /* An original with a plural is "msgid\0plural": strcmp() stops at
       * the first NUL, as the table's order does. */
      cmp = strcmp (key, original);
      if (cmp == 0)
        {
          const char *translation = table_string (catalog, catalog->translations, mid, length);

          return translation != NULL && *length > 0 ? translation : NULL;
        }
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

static void
read_header (Catalog *catalog)
{
  guint32 length;
  const char *header = catalog_lookup (catalog, "", &length);
  const char *forms, *plural, *end;

  catalog->n_plurals = 2;
  if (header == NULL || (forms = strstr (header, "Plural-Forms:")) == NULL)
    return;
  end = strchr (forms, '\n');
  {
    g_autofree char *line = g_strndup (forms, end != NULL ? (gsize) (end - forms) : strlen (forms));
    const char *nplurals = strstr (line, "nplurals=");

    if (nplurals != NULL)
      catalog->n_plurals = MAX (1, g_ascii_strtoull (nplurals + strlen ("nplurals="), NULL, 10));
    plural = strstr (line, "plural=");
    if (plural != NULL)
      {
        catalog->plural = g_strdup (plural + strlen ("plural="));
        g_strdelimit (catalog->plural, ";", '\0');
      }
  }
}

static void
catalog_free (Catalog *catalog)
{
  g_clear_pointer (&catalog->file, g_mapped_file_unref);
  g_free (catalog->plural);
  g_free (catalog);
}

/* LANGUAGE's catalogue of Fact Viewer, read once and kept: it never
 * changes while the program runs. */
static const Catalog *
get_catalog (const char *language)
{
  static GMutex lock;
  static GHashTable *catalogs;
  Catalog *catalog;

  g_mutex_lock (&lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) catalog_free);
  catalog = g_hash_table_lookup (catalogs, language);
  if (catalog == NULL)
    {
      const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
      g_autofree char *full = g_strdup (language);
      char *names[3] = { NULL, NULL, NULL };

      catalog = g_new0 (Catalog, 1);
      /* "pt-BR" is in pt_BR/, then in pt/. */
      g_strdelimit (full, "-", '_');
      if (strchr (full, '_') != NULL)
        {
          char *sep = strchr (full, '_');

          for (char *c = sep + 1; *c != '\0'; c++)
            *c = g_ascii_toupper (*c);
          names[0] = g_strdup (full);
          names[1] = g_strndup (full, sep - full);
        }
      else
        names[0] = g_strdup (full);

      for (guint i = 0; dir != NULL && names[i] != NULL && catalog->file == NULL; i++)
        {
          g_autofree char *path = g_build_filename (dir, names[i], "LC_MESSAGES",
                                                    GETTEXT_PACKAGE ".mo", NULL);
          GMappedFile *file = g_mapped_file_new (path, FALSE, NULL);
          guint32 magic;

          if (file == NULL)
            continue;
          catalog->data = (const guint8 *) g_mapped_file_get_contents (file);
          catalog->size = g_mapped_file_get_length (file);
          if (catalog->size < 28)
            {
              g_mapped_file_unref (file);
              continue;
            }
          memcpy (&magic, catalog->data, 4);
          if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
            {
              g_mapped_file_unref (file);
              continue;
            }
          catalog->file = file;
          catalog->swapped = magic == MO_MAGIC_SWAPPED;
          catalog->n = read_u32 (catalog, 8);
          catalog->originals = read_u32 (catalog, 12);
          catalog->translations = read_u32 (catalog, 16);
          if ((gsize) catalog->originals + (gsize) catalog->n * 8 > catalog->size ||
              (gsize) catalog->translations + (gsize) catalog->n * 8 > catalog->size)
            {
              g_clear_pointer (&catalog->file, g_mapped_file_unref);
              continue;
            }
          read_header (catalog);
        }
      g_free (names[0]);
      g_free (names[1]);
      g_hash_table_insert (catalogs, g_strdup (language), catalog);
    }
  g_mutex_unlock (&lock);

  return catalog;
}

/* Fact Viewer is written in English: in English, its words are their own. */
static gboolean
is_source_language (const char *language)
{
  return same_primary (language, "en");
}

const char *
fv_gettext (const char *msgid)
{
  const char *language = pushed_language ();
  const char *found;
  guint32 length;

  if (language == NULL)
    return gettext (msgid);
  if (is_source_language (language))
    return msgid;
  found = catalog_lookup (get_catalog (language), msgid, &length);
  return found != NULL ? found : msgid;
}

/**
 * fv_pgettext:
 * @context_msgid: "context\004msgid", as FV_TR_C_() gives it
 * @msgid_offset: where the msgid starts in it
 */
const char *
fv_pgettext (const char *context_msgid,
             gsize       msgid_offset)
{
  const char *language = pushed_language ();
  const char *found;
  guint32 length;

  if (language == NULL)
    return g_dpgettext (NULL, context_msgid, msgid_offset);
  if (is_source_language (language))
    return context_msgid + msgid_offset;
  found = catalog_lookup (get_catalog (language), context_msgid, &length);
  return found != NULL ? found : context_msgid + msgid_offset;
}

const char *
fv_pgettext2 (const char *context,
              const char *msgid)
{
  g_autofree char *key = NULL;
  const char *language = pushed_language ();
  const char *found;
  guint32 length;

  if (language == NULL)
    return g_dpgettext2 (NULL, context, msgid);
  if (is_source_language (language))
    return msgid;
  key = g_strconcat (context, "\004", msgid, NULL);
  found = catalog_lookup (get_catalog (language), key, &length);
  return found != NULL ? found : msgid;
}

const char *
fv_ngettext (const char *msgid,
             const char *msgid_plural,
             gulong      n)
{
  const char *language = pushed_language ();
  const Catalog *catalog;
  const char *found;
  guint32 length;
  gulong form = n == 1 ? 0 : 1;

  if (language == NULL)
    return ngettext (msgid, msgid_plural, n);
  if (is_source_language (language))
    return n == 1 ? msgid : msgid_plural;

  catalog = get_catalog (language);
  found = catalog_lookup (catalog, msgid, &length);
  if (found == NULL)
    return n == 1 ? msgid : msgid_plural;
  if (catalog->plural != NULL && !fv_i18n_plural_eval (catalog->plural, n, &form))
    form = n == 1 ? 0 : 1;
  /* The forms follow one another, each ended by a NUL. */
  for (gulong i = 0; i < form && i + 1 < catalog->n_plurals; i++)
    {
      gsize len = strlen (found);

      if (found + len >= (const char *) catalog->data + catalog->size - 1)
        break;
      found += len + 1;
    }
  return found;
}

/* ---- Plural-Forms: a C expression of n ------------------------------- */

typedef struct
{
  const char *at;
  gulong      n;
  gboolean    failed;
  guint       depth;
} Parser;

static gulong parse_ternary (Parser *p);

static void
skip_spaces (Parser *p)
{
  while (*p->at == ' ' || *p->at == '\t' || *p->at == '\n')
    p->at++;
}

static gboolean
accept (Parser     *p,
        const char *token)
{
  skip_spaces (p);
  if (strncmp (p->at, token, strlen (token)) != 0)
    return FALSE;
  /* "<" is not "<=", "!" is not "!=". */
  if (strlen (token) == 1 && strchr ("<>!=", token[0]) != NULL && p->at[1] == '=')
    return FALSE;
  p->at += strlen (token);
  return TRUE;
}

static gulong
parse_primary (Parser *p)
{
  skip_spaces (p);
  if (++p->depth > 64)
    {
      p->failed = TRUE;
      return 0;
    }
  if (accept (p, "!"))
    return !parse_primary (p);
  if (accept (p, "("))
    {
      gulong value = parse_ternary (p);

      if (!accept (p, ")"))
        p->failed = TRUE;
      return value;
    }
  if (*p->at == 'n')
    {
      p->at++;
      return p->n;
    }
  if (g_ascii_isdigit (*p->at))
    {
      char *end;
      gulong value = g_ascii_strtoull (p->at, &end, 10);

      p->at = end;
      return value;
    }
  p->failed = TRUE;
  return 0;
}

static gulong
parse_product (Parser *p)
{
  gulong value = parse_primary (p);

  for (;;)
    {
      if (accept (p, "*"))
        value *= parse_primary (p);
      else if (accept (p, "/") || accept (p, "%"))
        {
          gboolean modulo = p->at[-1] == '%';
          gulong divisor = parse_primary (p);

          if (divisor == 0)
            {
              p->failed = TRUE;
              return 0;
            }
          value = modulo ? value % divisor : value / divisor;
        }
      else
        return value;
    }
}

static gulong
parse_sum (Parser *p)
{
  gulong value = parse_product (p);

  for (;;)
    {
      if (accept (p, "+"))
        value += parse_product (p);
      else if (accept (p, "-"))
        value -= parse_product (p);
      else
        return value;
    }
}

static gulong
parse_relation (Parser *p)
{
  gulong value = parse_sum (p);

  for (;;)
    {
      if (accept (p, "<="))
        value = value <= parse_sum (p);
      else if (accept (p, ">="))
        value = value >= parse_sum (p);
      else if (accept (p, "<"))
        value = value < parse_sum (p);
      else if (accept (p, ">"))
        value = value > parse_sum (p);
      else
        return value;
    }
}

static gulong
parse_equality (Parser *p)
{
  gulong value = parse_relation (p);

  for (;;)
    {
      if (accept (p, "=="))
        value = value == parse_relation (p);
      else if (accept (p, "!="))
        value = value != parse_relation (p);
      else
        return value;
    }
}

static gulong
parse_and (Parser *p)
{
  gulong value = parse_equality (p);

  while (accept (p, "&&"))
    {
      gulong right = parse_equality (p);

      value = value && right;
    }
  return value;
}

static gulong
parse_or (Parser *p)
{
  gulong value = parse_and (p);

  while (accept (p, "||"))
    {
      gulong right = parse_and (p);

      value = value || right;
    }
  return value;
}

static gulong
parse_ternary (Parser *p)
{
  gulong condition = parse_or (p);

  if (accept (p, "?"))
    {
      gulong yes = parse_ternary (p), no;

      if (!accept (p, ":"))
        {
          p->failed = TRUE;
          return 0;
        }
      no = parse_ternary (p);
      return condition ? yes : no;
    }
  return condition;
}

/**
 * fv_i18n_plural_eval:
 * @expression: a Plural-Forms "plural=" expression, as
 *   "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"
 * @form: (out): which plural form @n takes
 *
 * Returns: whether @expression is one this reads (C's operators on n and
 *   whole numbers)
 */
gboolean
fv_i18n_plural_eval (const char *expression,
                     gulong      n,
                     gulong     *form)
{
  Parser p = { expression, n, FALSE, 0 };
  gulong value;

  g_return_val_if_fail (expression != NULL, FALSE);

  value = parse_ternary (&p);
  skip_spaces (&p);
  if (p.failed || *p.at != '\0')
    return FALSE;
  *form = value;
  return TRUE;
}
