/* fv-json-tree.h — the JSON text of a model as a tree, for reading it once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-arena.h"

G_BEGIN_DECLS

typedef enum
{
  FV_JSON_NULL,
  FV_JSON_BOOLEAN,
  FV_JSON_INTEGER,  /* written without a fraction or an exponent */
  FV_JSON_DOUBLE,
  FV_JSON_STRING,
  FV_JSON_ARRAY,
  FV_JSON_OBJECT,
} FvJsonType;

typedef struct _FvJsonNode FvJsonNode;

typedef struct
{
  const char *name;
  FvJsonNode *value;
} FvJsonMember;

struct _FvJsonNode
{
  FvJsonType type;
  guint      n;  /* elements or members */
  union {
    gboolean      boolean;
    gint64        integer;
    double        number;
    const char   *string;
    FvJsonNode  **elements;
    FvJsonMember *members;  /* in the order of the text */
  };
};

FvJsonNode *fv_json_tree_build (FvArena          *arena,
                                const char       *data,
                                gsize             length);
FvJsonNode *fv_json_object_get (const FvJsonNode *object,
                                const char       *name);

G_END_DECLS
