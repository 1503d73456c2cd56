import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';
import type { EntityManager } from 'typeorm';

/**
 * Privacy hooks of the identity module: the account, its sessions, memberships, consents,
 * household (with the children) and the desk actions done for the person.
 */
@Injectable()
export class IdentityPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'identity',
      declaration: {
        categories:
          'nom affiché, adresse e-mail ou identifiant, langue, mot de passe (empreinte), connexions, communautés et rôles, accords à la charte et à la notice, foyer (prénoms et années de naissance des enfants), actions faites à l’accueil',
        purpose:
          'créer et protéger le compte, accueillir dans la communauté, connaître le foyer pour les inscriptions',
        legalBasis: 'exécution du service demandé (article 6.1.b du RGPD)',
        retention:
          'tant que le compte est actif ; compte inactif supprimé après 2 ans et un avertissement',
      },
      exportPerson: (accountId, manager) => exportIdentity(accountId, manager),
      erasePerson: (accountId, manager) => eraseIdentity(accountId, manager),
    });
  }
}

async function exportIdentity(
  accountId: string,
  manager: EntityManager,
): Promise<Record<string, unknown>> {
  const q = (sql: string) => manager.query(sql, [accountId]);
  const [account] = await q(
    `SELECT display_name, email, login, locale, status, created_at, last_login_at FROM account WHERE id = $1`,
  );
  return {
    account,
    sessions: await q(
      `SELECT created_at, last_seen_at, revoked_at, user_agent FROM session WHERE account_id = $1 ORDER BY created_at`,
    ),
    memberships: await q(
      `SELECT c.name AS community, m.role, m.status, m.requested_at, m.decided_at, m.decision_message
         FROM membership m JOIN community c ON c.id = m.community_id WHERE m.account_id = $1`,
    ),
    consents: await q(
      `SELECT c.name AS community, k.kind, k.version, k.granted, k.recorded_at
         FROM consent k LEFT JOIN community c ON c.id = k.community_id WHERE k.account_id = $1 ORDER BY k.recorded_at`,
    ),
    household: await q(
      `SELECT h.name, h.postal_code, hm.kind, COALESCE(a.display_name, hm.first_name) AS name_of_member, hm.birth_year
         FROM household_member me JOIN household h ON h.id = me.household_id
         JOIN household_member hm ON hm.household_id = h.id LEFT JOIN account a ON a.id = hm.account_id
        WHERE me.account_id = $1`,
    ),
    deskActions: await q(
      `SELECT d.action, s.display_name AS staff, d.created_at FROM desk_action d
         LEFT JOIN account s ON s.id = d.staff_account_id WHERE d.resident_account_id = $1 ORDER BY d.created_at`,
    ),
  };
}

/**
 * Erases what identifies the person: sessions, tokens, consents, memberships, desk records for
 * them, and the children of a household they leave empty; the account row stays as an anonymous
 * "Ancien membre" so other modules' kept contributions still point somewhere. Idempotent.
 */
async function eraseIdentity(accountId: string, manager: EntityManager): Promise<void> {
  const run = (sql: string) => manager.query(sql, [accountId]);
  await run(`DELETE FROM session WHERE account_id = $1`);
  await run(`DELETE FROM account_token WHERE account_id = $1`);
  await run(`DELETE FROM household_invitation WHERE account_id = $1 OR invited_by_account_id = $1`);
  await run(
    `DELETE FROM household h WHERE h.id IN (SELECT household_id FROM household_member WHERE account_id = $1)
        AND NOT EXISTS (SELECT 1 FROM household_member o WHERE o.household_id = h.id AND o.kind = 'adult' AND o.account_id <> $1)`,
  );
  await run(`DELETE FROM household_member WHERE account_id = $1`);
  await run(`DELETE FROM desk_action WHERE resident_account_id = $1`);
  await run(`DELETE FROM desk_session WHERE resident_account_id = $1`);
  await run(`DELETE FROM consent WHERE account_id = $1`);
  await run(`DELETE FROM membership WHERE account_id = $1`);
  await run(`DELETE FROM role_change WHERE account_id = $1`);
  await run(
    `UPDATE account SET display_name = 'Ancien membre', email = NULL, login = 'ancien-' || id::text,
            password_hash = NULL, status = 'disabled', is_server_admin = false, last_login_at = NULL
      WHERE id = $1`,
  );
}
