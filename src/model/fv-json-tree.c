/* fv-json-tree.c — the JSON text of a model as a tree, for reading it once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the tree of a text that fv_json_check() accepted: every value is
 * known to be well formed, nested at most FV_MODEL_MAX_DEPTH deep, in valid
 * UTF-8 without U+0000, with numbers that fit. So this pass checks nothing
 * and recurses safely. Nodes and strings are cut from one arena, freed as
 * a whole once the model is read: no allocation per node (json-glib's tree
 * took ~8 times the file and, with GLib 2.74's slice allocator, kept it).
 */
#include "config.h"

#include <string.h>

#include "fv-json-tree.h"

typedef struct
{
  FvArena    *arena;
  const char *p;
  const char *end;
} Builder;

static inline void
skip_whitespace (Builder *b)
{
  while (b->p < b->end && (*b->p == ' ' || *b->p == '\t' || *b->p == '\n' || *b->p == '\r'))
    b->p++;
}

static guint
hex4 (const char *p)
{
  guint value = 0;

  for (guint i = 0; i < 4; i++)
    {
      char c = p[i];

      value <<= 4;
      if (c >= '0' && c <= '9')
        value |= c - '0';
      else if (c >= 'a' && c <= 'f')
        value |= c - 'a' + 10;
      else
        value |= c - 'A' + 10;
    }

  return value;
}

/* The string whose opening quote is at b->p, decoded, in the arena. */
static const char *
build_string (Builder *b)
{
  const char *start = ++b->p;
  const char *q = start;
  char *out, *o;

  /* Most strings have no escape: copy them in one go. */
  while (*q != '"' && *q != '\\')
    q++;
  if (*q == '"')
    {
      b->p = q + 1;
      return fv_arena_strndup (b->arena, start, q - start);
    }

  while (*q != '"')
    q += (*q == '\\') ? 2 : 1;

  /* Decoded, a string is never longer than written. */
  out = o = fv_arena_alloc0 (b->arena, q - start + 1);
  for (q = start; *q != '"'; )
    {
      if (*q != '\\')
        {
          *o++ = *q++;
          continue;
        }

      switch (q[1])
        {
        case 'b': *o++ = '\b'; q += 2; break;
        case 'f': *o++ = '\f'; q += 2; break;
        case 'n': *o++ = '\n'; q += 2; break;
        case 'r': *o++ = '\r'; q += 2; break;
        case 't': *o++ = '\t'; q += 2; break;
        case 'u':
          {
            gunichar c = hex4 (q + 2);

            q += 6;
            if (c >= 0xd800 && c <= 0xdbff)
              {
                c = 0x10000 + ((c - 0xd800) << 10) + (hex4 (q + 2) - 0xdc00);
                q += 6;
              }
            o += g_unichar_to_utf8 (c, o);
          }
          break;
        default:  /* " \ / */
          *o++ = q[1];
          q += 2;
        }
    }

  *o = '\0';
  b->p = q + 1;
  return out;
}

static FvJsonNode *build_value (Builder *b);

static FvJsonNode *
build_container (Builder *b,
                 gboolean object)
{
  FvJsonNode *node = fv_arena_new0 (b->arena, FvJsonNode, 1);
  char close = object ? '}' : ']';
  g_autoptr(GPtrArray) items = NULL;

  node->type = object ? FV_JSON_OBJECT : FV_JSON_ARRAY;
  b->p++;
  skip_whitespace (b);
  if (*b->p == close)
    {
      b->p++;
      return node;
    }

  items = g_ptr_array_new ();
  for (;;)
    {
      skip_whitespace (b);
      if (object)
        {
          g_ptr_array_add (items, (gpointer) build_string (b));
          skip_whitespace (b);
          b->p++;  /* ':' */
        }
      g_ptr_array_add (items, build_value (b));
      skip_whitespace (b);
      if (*b->p++ == close)
        break;
    }

  if (object)
    {
      node->n = items->len / 2;
      node->members = fv_arena_new0 (b->arena, FvJsonMember, node->n);
      for (guint i = 0; i < node->n; i++)
        {
          node->members[i].name = g_ptr_array_index (items, 2 * i);
          node->members[i].value = g_ptr_array_index (items, 2 * i + 1);
        }
    }
  else
    {
      node->n = items->len;
      node->elements = fv_arena_new0 (b->arena, FvJsonNode *, node->n);
      memcpy (node->elements, items->pdata, sizeof (gpointer) * node->n);
    }

  return node;
}

static FvJsonNode *
build_value (Builder *b)
{
  FvJsonNode *node;

  skip_whitespace (b);
  switch (*b->p)
    {
    case '{':
      return build_container (b, TRUE);
    case '[':
      return build_container (b, FALSE);
    case '"':
      node = fv_arena_new0 (b->arena, FvJsonNode, 1);
      node->type = FV_JSON_STRING;
      node->string = build_string (b);
      return node;
    case 't':
    case 'f':
      node = fv_arena_new0 (b->arena, FvJsonNode, 1);
      node->type = FV_JSON_BOOLEAN;
      node->boolean = *b->p == 't';
      b->p += node->boolean ? 4 : 5;
      return node;
    case 'n':
      node = fv_arena_new0 (b->arena, FvJsonNode, 1);
      node->type = FV_JSON_NULL;
      b->p += 4;
      return node;
    default:
      {
        const char *start = b->p;
        gboolean integer = TRUE;
        char buf[64];
        g_autofree char *heap = NULL;
        char *text = buf;
        gsize len;

        node = fv_arena_new0 (b->arena, FvJsonNode, 1);
        while (b->p < b->end && strchr ("+-0123456789.eE", *b->p) != NULL && *b->p != '\0')
          {
            integer &= (*b->p != '.' && *b->p != 'e' && *b->p != 'E');
            b->p++;
          }

        len = b->p - start;
        if (len >= sizeof buf)
          text = heap = g_malloc (len + 1);
        memcpy (text, start, len);
        text[len] = '\0';

        if (integer)
          {
            node->type = FV_JSON_INTEGER;
            node->integer = g_ascii_strtoll (text, NULL, 10);
          }
        else
          {
            node->type = FV_JSON_DOUBLE;
            node->number = g_ascii_strtod (text, NULL);
          }
        return node;
      }
    }
}

/**
 * fv_json_tree_build:
 * @data: (array length=length): a text that fv_json_check() accepted
 *
 * Returns: (transfer none): the root, in @arena
 */
FvJsonNode *
fv_json_tree_build (FvArena    *arena,
                    const char *data,
                    gsize       length)
{
  Builder b = { arena, data, data + length };

  return build_value (&b);
}

/* Objects of a fact model have a few members: a look along them is faster
 * than a hash table would be to build. */
FvJsonNode *
fv_json_object_get (const FvJsonNode *object,
                    const char       *name)
{
  for (guint i = 0; i < object->n; i++)
    if (strcmp (object->members[i].name, name) == 0)
      return object->members[i].value;

  return NULL;
}
