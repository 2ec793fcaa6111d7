import { useState } from 'react';

/** The state of one form's request: busy, refused (shown by Probleem) or done (shown by Gelukt). */
export function useActie() {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Error>();
  const [gelukt, setGelukt] = useState<string>();
  const voer = async (werk: () => Promise<string>): Promise<boolean> => {
    setBezig(true);
    setFout(undefined);
    setGelukt(undefined);
    try {
      setGelukt(await werk());
      return true;
    } catch (e) {
      setFout(e as Error);
      return false;
    } finally {
      setBezig(false);
    }
  };
  return { bezig, fout, gelukt, voer };
}
