import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An exceptional closure (holidays…), local dates, inclusive. */
@Entity('community_closure')
export class CommunityClosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column()
  label: string;
}
