import { parseRuleSettings, type RuleSettings, ruleSettingsSchema } from '@orgwise/domain';
import { z } from 'zod';

/**
 * The `rules` member of a request. It is checked by the domain's parseRuleSettings, which knows the
 * registry: unknown rule ids, unknown levels and options a rule's own schema rejects each become an
 * issue at their path (["rules", "span-of-control", 1, "max"]) with a message for people. The
 * domain's ruleSettingsSchema only knows the JSON shape (its union errors read "Invalid input"), so
 * it serves as the documented schema.
 */
export const ruleSettingsField = z
  .unknown()
  .transform((value, ctx): RuleSettings => {
    const parsed = parseRuleSettings(value);
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
      return z.NEVER;
    }
    // parseRuleSettings accepted it, so it has the RuleSettings shape.
    return (value ?? {}) as RuleSettings;
  })
  .meta({
    // zod-openapi calls `override` with the JSON Schema it made; the component replaces it.
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      jsonSchema.$ref = '#/components/schemas/RuleSettings';
    },
  });

/** Registered as a component under this name by the OpenAPI document. */
export const ruleSettingsComponent = { RuleSettings: ruleSettingsSchema };
