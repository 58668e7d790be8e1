/* fv-json-reader.h — json-glib's tree read with paths and problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "fv-model-private.h"

G_BEGIN_DECLS

/* One step of the JSON path: a member's name, or an index when NULL. The
 * path is written out only for a problem, not at every step. */
typedef struct
{
  const char *name;
  guint       index;
} FvReaderStep;

typedef struct
{
  FvModel    *model;
  GArray     *path;       /* of FvReaderStep */
  GPtrArray  *problems;
  GHashTable *languages;  /* the tags of the model's texts */
} FvReader;

/* Calls READ for each element of the array member NAME of ROOT, giving it
 * the element's object and index. */
typedef void (*FvReadFunc) (FvReader *r, JsonObject *object, guint index);

G_GNUC_PRINTF (3, 4)
void fv_reader_problem (FvReader    *r,
                        FvModelError code,
                        const char  *format,
                        ...);
G_GNUC_PRINTF (4, 5)
void fv_reader_problem_at (FvReader    *r,
                           const char  *member,
                           FvModelError code,
                           const char  *format,
                           ...);
gsize fv_reader_push_member (FvReader   *r,
                             const char *name);
gsize fv_reader_push_index (FvReader *r,
                            guint     index);
void fv_reader_pop (FvReader *r,
                    gsize     len);
const char *fv_reader_node_type_name (JsonNode *node);
void fv_reader_wrong_type (FvReader   *r,
                           JsonNode   *node,
                           const char *expected);
void fv_reader_check_members (FvReader           *r,
                              JsonObject         *object,
                              const char * const *allowed);
JsonNode *fv_reader_get_member (FvReader   *r,
                                JsonObject *object,
                                const char *name,
                                gboolean    required);
JsonObject *fv_reader_as_object (FvReader *r,
                                 JsonNode *node);
JsonArray *fv_reader_as_array (FvReader *r,
                               JsonNode *node);
const char *fv_reader_as_string (FvReader *r,
                                 JsonNode *node);
const char *fv_reader_quote (FvReader   *r,
                             const char *str);
const char *fv_reader_copy (FvReader   *r,
                            const char *str);
const char *fv_reader_read_string (FvReader   *r,
                                   JsonObject *object,
                                   const char *name,
                                   gboolean    required);
gboolean fv_reader_read_text (FvReader   *r,
                              JsonObject *object,
                              const char *name,
                              gboolean    required,
                              FvText     *text);
void fv_reader_read_translation (FvReader   *r,
                                 JsonObject *object,
                                 FvText     *text);
gboolean fv_reader_read_integer (FvReader   *r,
                                 JsonObject *object,
                                 const char *name,
                                 gint64      min,
                                 gint64      max,
                                 gboolean    required,
                                 gint64     *out);
gboolean fv_reader_read_boolean (FvReader   *r,
                                 JsonObject *object,
                                 const char *name,
                                 gboolean   *out);
int fv_reader_read_enum (FvReader           *r,
                         JsonObject         *object,
                         const char         *name,
                         const char * const *names,
                         gboolean            required);
JsonArray *fv_reader_get_array (FvReader   *r,
                                JsonObject *root,
                                const char *name,
                                gboolean    required);
void fv_reader_read_each (FvReader   *r,
                          const char *name,
                          JsonArray  *array,
                          FvReadFunc  read);

G_END_DECLS
