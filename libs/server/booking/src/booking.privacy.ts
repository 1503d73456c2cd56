import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';

/**
 * Privacy hooks of the booking module. Erasure cancels the person's future appointments (the slots
 * are free again) and keeps the past ones for statistics, without anyone's identity or note.
 */
@Injectable()
export class BookingPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'booking',
      tables: ['appointment', 'appointment_event'],
      labels: {
        appointments: 'Mes rendez-vous',
        service: 'Service',
        starts_at: 'Date',
        status: 'État',
        attendance: 'Présence',
        note: 'Mon message',
        at_desk: 'Pris à l’accueil',
      },
      declaration: {
        name: 'Rendez-vous',
        categories:
          'rendez-vous pris (service, date, état, présence), message laissé à l’équipe, rendez-vous pris à l’accueil',
        purpose:
          'organiser les rendez-vous avec l’équipe et les partenaires, prévenir et rappeler la personne',
        legalBasis: 'exécution du service demandé par la personne',
        retention:
          'rendez-vous passés rendus anonymes après 1 an (durée réglable) ; gardés sans identité pour les statistiques',
      },
      exportPerson: async (accountId, manager) => ({
        appointments: await manager.query(
          `SELECT s.name AS service, a.starts_at, a.status, a.attendance, a.note, a.at_desk
             FROM appointment a JOIN booking_service s ON s.id = a.service_id
            WHERE a.resident_account_id = $1 ORDER BY a.starts_at`,
          [accountId],
        ),
      }),
      erasePerson: async (accountId, manager) => {
        await manager.query(
          `UPDATE appointment
              SET status = CASE WHEN status IN ('pending', 'confirmed') AND starts_at > now() THEN 'cancelled' ELSE status END,
                  cancelled_at = CASE WHEN status IN ('pending', 'confirmed') AND starts_at > now() THEN now() ELSE cancelled_at END,
                  resident_account_id = NULL, note = ''
            WHERE resident_account_id = $1`,
          [accountId],
        );
        await manager.query(
          `UPDATE appointment SET booked_by_account_id = NULL WHERE booked_by_account_id = $1`,
          [accountId],
        );
        await manager.query(
          `UPDATE appointment_event SET by_account_id = NULL WHERE by_account_id = $1`,
          [accountId],
        );
      },
    });

    this.registry.registerRetention({
      key: 'appointments',
      module: 'booking',
      label: 'Rendez-vous passés',
      outcome: 'rendus anonymes (gardés pour les statistiques)',
      defaultDays: 365,
      minDays: 30,
      maxDays: 1825,
      purge: async (manager, { communityId, cutoff }) => {
        const [rows] = await manager.query(
          `UPDATE appointment SET resident_account_id = NULL, booked_by_account_id = NULL, note = ''
            WHERE community_id = $1 AND ends_at < $2
              AND (resident_account_id IS NOT NULL OR booked_by_account_id IS NOT NULL OR note <> '')
            RETURNING id`,
          [communityId, cutoff],
        );
        const ids = (rows as { id: string }[]).map((r) => r.id);
        if (ids.length)
          await manager.query(
            `UPDATE appointment_event SET by_account_id = NULL WHERE appointment_id = ANY($1::uuid[])`,
            [ids],
          );
        return ids.length;
      },
    });
  }
}
