import { changedDetails } from './change-details-form';

describe('changedDetails', () => {
  const before = { displayName: 'Sam Patel', jobTitle: 'Buyer', department: 'Procurement' };

  it('sends only what differs from the record, trimmed', () => {
    expect(changedDetails(before, { displayName: 'Sam Patel', jobTitle: ' Senior Buyer ', department: 'Procurement', email: '' })).toEqual({
      jobTitle: 'Senior Buyer',
    });
  });

  it('keeps the email on record when the field is left blank, and sends a new one', () => {
    expect(changedDetails(before, { ...before, email: '' })).toEqual({});
    expect(changedDetails(before, { ...before, email: 'sam.patel@example.gov.uk' })).toEqual({ email: 'sam.patel@example.gov.uk' });
  });
});
