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
      runsLast: true,
      tables: [
        'account',
        'account_token',
        'session',
        'membership',
        'role_change',
        'desk_session',
        'desk_action',
        'consent',
        'household',
        'household_member',
        'household_invitation',
        'rate_limit',
      ],
      labels: IDENTITY_LABELS,
      declaration: {
        name: 'Comptes, adhésions et foyers',
        categories:
          'nom affiché, adresse e-mail ou identifiant, langue, mot de passe (empreinte), connexions, communautés et rôles, accords à la charte et à la notice, foyer (code postal, prénoms et années de naissance des enfants ; genre et année de naissance des adultes s’ils les donnent), actions faites à l’accueil',
        purpose:
          'créer et protéger le compte, accueillir dans la communauté, connaître le foyer pour les inscriptions',
        legalBasis: 'exécution du service demandé (article 6.1.b du RGPD)',
        retention:
          'tant que le compte est actif ; compte inactif supprimé après 2 ans et un avertissement',
      },
      exportPerson: (accountId, manager) => exportIdentity(accountId, manager),
      erasePerson: (accountId, manager) => eraseIdentity(accountId, manager),
    });
    this.registry.registerRetention({
      key: 'ended_sessions',
      module: 'identity',
      label: 'Connexions terminées (appareil, dates)',
      outcome: 'effacées',
      defaultDays: 30,
      minDays: 1,
      maxDays: 365,
      scope: 'server',
      purge: async (manager, { cutoff }) => {
        const [, count] = await manager.query(
          `DELETE FROM session WHERE COALESCE(revoked_at, expires_at) < $1`,
          [cutoff],
        );
        return count;
      },
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
      `SELECT h.name, h.postal_code, hm.kind, COALESCE(a.display_name, hm.first_name) AS name_of_member, hm.birth_year, hm.gender
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
 * Erases the person: the household they leave without any adult (with its children), their
 * attempts counted by the rate limits, then the account itself. Its sessions, tokens, consents,
 * memberships, role log and desk records go with it (foreign keys); where the person acted as
 * staff for others, those records keep no author. Runs after every other module. Idempotent.
 */
async function eraseIdentity(accountId: string, manager: EntityManager): Promise<void> {
  const [account] = await manager.query(`SELECT email, login FROM account WHERE id = $1`, [
    accountId,
  ]);
  if (!account) return;
  await manager.query(
    `DELETE FROM household h WHERE h.id IN (SELECT household_id FROM household_member WHERE account_id = $1)
        AND NOT EXISTS (SELECT 1 FROM household_member o WHERE o.household_id = h.id AND o.kind = 'adult' AND o.account_id <> $1)`,
    [accountId],
  );
  const keys = [accountId, account.email, account.login].filter((k): k is string => !!k);
  await manager.query(
    `DELETE FROM rate_limit WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) k WHERE rate_limit.key LIKE '%' || k)`,
    [keys],
  );
  await manager.query(`DELETE FROM account WHERE id = $1`, [accountId]);
}

const IDENTITY_LABELS: Record<string, string> = {
  account: 'Mon compte',
  sessions: 'Mes connexions',
  memberships: 'Mes communautés',
  consents: 'Mes accords',
  household: 'Mon foyer',
  deskActions: 'Ce que l’accueil a fait pour moi',
  display_name: 'Nom affiché',
  email: 'Adresse e-mail',
  login: 'Identifiant',
  locale: 'Langue',
  status: 'État',
  created_at: 'Créé le',
  last_login_at: 'Dernière connexion',
  last_seen_at: 'Dernière activité',
  revoked_at: 'Fermée le',
  user_agent: 'Appareil',
  community: 'Communauté',
  role: 'Rôle',
  requested_at: 'Demandé le',
  decided_at: 'Décidé le',
  decision_message: 'Message',
  kind: 'Type',
  version: 'Version',
  granted: 'Accordé',
  recorded_at: 'Enregistré le',
  name: 'Nom',
  postal_code: 'Code postal',
  name_of_member: 'Personne',
  birth_year: 'Année de naissance',
  gender: 'Genre',
  action: 'Action',
  staff: 'Par',
};
